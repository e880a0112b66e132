import type { GraphQLResponse } from '@hearth/subgraph-kit/testing';

/** Signs in through the gateway's dev sign-in, as the portal does. */
export async function signIn(origin: string, user: string): Promise<string> {
  const response = await fetch(`${origin}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`sign-in as ${user} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function gql<T = any>(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
