import type { TypedDocumentString } from './generated/graphql.ts';
import { GatewayError, type GatewayErrorDetail } from './gateway-error.ts';

/** What a frontend needs to talk to Hearth; a host hands it to every remote it loads. */
export interface GatewaySession {
  gatewayUrl: string;
  token: string;
}

export interface GatewayClient {
  /** Operations without variables take `{}`, so every call reads the same way. */
  request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R>;
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export function createGatewayClient({ gatewayUrl, token }: GatewaySession, fetchImpl: typeof fetch = globalThis.fetch): GatewayClient {
  const endpoint = `${gatewayUrl.replace(/\/+$/, '')}/graphql`;
  return {
    async request(document, variables) {
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: document.toString(), variables }),
        });
      } catch (cause) {
        throw new GatewayError([{ message: `Hearth could not be reached at ${gatewayUrl} (${String(cause)})`, code: 'GATEWAY_UNREACHABLE' }]);
      }
      const body = (await response.json().catch(() => null)) as GraphQLResponse<never> | null;
      if (body?.errors?.length) throw new GatewayError(body.errors.map(toDetail));
      if (!response.ok || !body?.data) {
        throw new GatewayError([{ message: `Hearth answered ${response.status} ${response.statusText}`.trim(), code: 'INTERNAL_SERVER_ERROR' }]);
      }
      return body.data;
    },
  };
}

function toDetail(error: NonNullable<GraphQLResponse<unknown>['errors']>[number]): GatewayErrorDetail {
  const detail: GatewayErrorDetail = { message: error.message, code: error.extensions?.code ?? 'INTERNAL_SERVER_ERROR' };
  if (typeof error.extensions?.field === 'string') detail.field = error.extensions.field;
  return detail;
}
