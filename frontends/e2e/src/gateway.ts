/** Straight to the gateway, to check what the browser showed against what Hearth holds. */
export async function signIn(gatewayOrigin: string, user: string): Promise<string> {
  const response = await fetch(`${gatewayOrigin}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${user} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function query<T>(gatewayOrigin: string, token: string, document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${gatewayOrigin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`The gateway refused: ${body.errors?.map((error) => error.message).join('; ')}`);
  return body.data;
}
