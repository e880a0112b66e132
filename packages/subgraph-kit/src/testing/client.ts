import { IDENTITY_HEADER, signIdentityForSubgraphs, type Identity } from '@hearth/auth';

export const TEST_GATEWAY_SECRET = 'test-gateway-secret-not-for-production';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL operation; with an identity, signs it as the gateway would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { identity?: Identity; headers?: Record<string, string>; secret?: string } = {},
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.identity) headers[IDENTITY_HEADER] = await signIdentityForSubgraphs(options.identity, options.secret ?? TEST_GATEWAY_SECRET);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
