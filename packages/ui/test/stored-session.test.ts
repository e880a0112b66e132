import { afterEach, describe, expect, it } from 'vitest';
import { readStoredSession, storeSession } from '../src/session/stored-session.ts';

const jwt = (claims: Record<string, unknown>) => ['e30', btoa(JSON.stringify(claims)).replace(/=+$/, ''), 'signature'].join('.');
const user = { sub: 'w1', username: 'sarah.ahmed', name: 'Sarah Ahmed', role: 'LEAD_WORKER' as const, agencyId: 'a1', areas: ['Rotherham North'] };

afterEach(() => sessionStorage.clear());

describe('the stored session', () => {
  it('is kept for the tab while its token is valid', () => {
    storeSession('hearth:test', { token: jwt({ exp: 2_000_000_000 }), user });
    expect(readStoredSession('hearth:test', new Date('2026-11-23T12:00:00Z'))?.user?.name).toBe('Sarah Ahmed');
  });

  it('is forgotten once its token has expired, so the worker signs in again', () => {
    storeSession('hearth:test', { token: jwt({ exp: 1_700_000_000 }), user });
    expect(readStoredSession('hearth:test', new Date('2026-11-23T12:00:00Z'))).toBeNull();
    expect(sessionStorage.getItem('hearth:test')).toBeNull();
  });
});
