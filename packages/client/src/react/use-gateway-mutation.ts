import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { useGatewayClient } from './gateway-context.tsx';

export interface MutationState<R> {
  submitting: boolean;
  data: R | undefined;
  error: Error | undefined;
}

/** A mutation sent on demand; the promise rejects as well, so a form can react to the failure in place. */
export function useGatewayMutation<R, V>(document: TypedDocumentString<R, V>): [(variables: V) => Promise<R>, MutationState<R>] {
  const client = useGatewayClient();
  const [state, setState] = useState<MutationState<R>>({ submitting: false, data: undefined, error: undefined });
  const mutate = useCallback(
    async (variables: V) => {
      setState({ submitting: true, data: undefined, error: undefined });
      try {
        const data = await client.request(document, variables);
        setState({ submitting: false, data, error: undefined });
        return data;
      } catch (error) {
        setState({ submitting: false, data: undefined, error: error instanceof Error ? error : new Error(String(error)) });
        throw error;
      }
    },
    [client, document],
  );
  return [mutate, state];
}
