import type { Identity } from '@hearth/client';

/** A token, and who it belongs to when the page signed in itself (a token handed over in the URL comes alone). */
export interface StoredSession {
  token: string;
  user: Identity | null;
}

/**
 * A signed-in session lasts as long as the browser tab (sessionStorage): a
 * shared council computer forgets it when the tab is closed.
 */
export function readStoredSession(key: string, now: Date = new Date()): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(key);
    const session = raw ? (JSON.parse(raw) as StoredSession) : null;
    // An expired token would only fail every request; ask the worker to sign in again instead.
    if (session && tokenExpired(session.token, now)) {
      sessionStorage.removeItem(key);
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

/** Reads the JWT's exp claim; the gateway still verifies the token, this only saves a doomed request. */
export function tokenExpired(token: string, now: Date): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  const { exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
  return typeof exp === 'number' && exp * 1000 <= now.getTime();
}

export function storeSession(key: string, session: StoredSession): void {
  sessionStorage.setItem(key, JSON.stringify(session));
}

export function clearStoredSession(key: string): void {
  sessionStorage.removeItem(key);
}
