import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { useGatewayClient } from './gateway-context.tsx';

export type QueryState<R> =
  | { status: 'loading'; data: undefined; error: undefined }
  | { status: 'error'; data: undefined; error: Error }
  | { status: 'success'; data: R; error: undefined };

export type QueryResult<R> = QueryState<R> & {
  refetch: () => void;
  /** True while a refetch is under way; what was shown stays shown meanwhile. */
  refreshing: boolean;
};

/**
 * Runs a query whenever its variables change; the latest answer wins.
 * New variables are a new question, so the old answer goes; a refetch asks
 * the same question again, so the old answer stays on screen (and the forms
 * and focus within it stay put) until the new one arrives.
 */
export function useGatewayQuery<R, V>(document: TypedDocumentString<R, V>, variables: V): QueryResult<R> {
  const client = useGatewayClient();
  const [state, setState] = useState<QueryState<R>>({ status: 'loading', data: undefined, error: undefined });
  const [refreshing, setRefreshing] = useState(false);
  const [generation, setGeneration] = useState(0);
  // Callers write variables inline; compare them by value so each render does not refetch.
  const key = JSON.stringify(variables);
  const askedBefore = useRef<{ document: unknown; key: string } | null>(null);

  useEffect(() => {
    let current = true;
    const asked = askedBefore.current;
    if (asked?.document === document && asked.key === key) setRefreshing(true);
    else setState({ status: 'loading', data: undefined, error: undefined });
    askedBefore.current = { document, key };
    client
      .request(document, JSON.parse(key) as V)
      .then((data) => current && setState({ status: 'success', data, error: undefined }))
      .catch((error: unknown) => current && setState({ status: 'error', data: undefined, error: toError(error) }))
      .finally(() => current && setRefreshing(false));
    return () => {
      current = false;
    };
  }, [client, document, key, generation]);

  const refetch = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, refetch, refreshing: refreshing && state.status === 'success' };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
