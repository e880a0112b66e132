import { describe, expect, it } from 'vitest';
import { identityFromToken } from '../src/token-identity.ts';

const token = (claims: Record<string, unknown>) => ['e30', btoa(JSON.stringify(claims)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'), 'sig'].join('.');

describe('identityFromToken', () => {
  it('reads who the holder is from the claims the gateway puts in its tokens', () => {
    expect(
      identityFromToken(
        token({ sub: 'w-3', preferred_username: 'priya.patel', name: 'Priya Patel', hearth_role: 'COORDINATOR', hearth_agency: 'a-1', hearth_areas: ['Rotherham North', 'Rotherham South'] }),
      ),
    ).toEqual({ sub: 'w-3', username: 'priya.patel', name: 'Priya Patel', role: 'COORDINATOR', agencyId: 'a-1', areas: ['Rotherham North', 'Rotherham South'] });
  });

  it('gives nothing for a token without a Hearth role, or that is not a token at all', () => {
    expect(identityFromToken(token({ sub: 'w-3', hearth_role: 'ADMIN' }))).toBeNull();
    expect(identityFromToken('not-a-token')).toBeNull();
    expect(identityFromToken('a.%%%.c')).toBeNull();
  });
});
