/**
 * The gateway's dev sign-in (embedded mode): pick one of the seeded users
 * and receive a token. A council's deployment replaces this with its
 * identity provider; nothing else in the frontends depends on how the token
 * was obtained.
 */
import type { Identity, Role } from '@hearth/auth';

export type { Identity, Role };

export interface DemoUser {
  username: string;
  name: string;
  role: Role;
  agencyName: string | null;
}

export interface SignIn {
  token: string;
  user: Identity;
}

export async function listDemoUsers(gatewayUrl: string, fetchImpl: typeof fetch = globalThis.fetch): Promise<DemoUser[]> {
  const response = await fetchImpl(`${trim(gatewayUrl)}/auth/dev/users`);
  if (!response.ok) throw new Error(`Could not list the demo users (${response.status})`);
  return (await response.json()) as DemoUser[];
}

export async function signInAsDemoUser(gatewayUrl: string, username: string, fetchImpl: typeof fetch = globalThis.fetch): Promise<SignIn> {
  const response = await fetchImpl(`${trim(gatewayUrl)}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: username }),
  });
  const body = (await response.json().catch(() => null)) as (SignIn & { error?: string }) | null;
  if (!response.ok || !body?.token) throw new Error(body?.error ?? `Sign-in failed (${response.status})`);
  return { token: body.token, user: body.user };
}

/** How the programme names each role to people. */
export const ROLE_NAMES: Record<Role, string> = {
  LEAD_WORKER: 'Lead worker',
  COORDINATOR: 'Co-ordinator',
  MANAGER: 'Manager',
  PARTNER: 'Partner agency worker',
  ANALYST: 'Analyst',
};

function trim(url: string): string {
  return url.replace(/\/+$/, '');
}
