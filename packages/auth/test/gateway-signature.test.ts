import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { identityFromClaims, signIdentityForSubgraphs, verifyGatewaySignature, type Identity } from '../src/index.ts';

const identity: Identity = {
  sub: '5b0c1c8e-3f57-4f6c-9d4e-0d2a7c1e9a11',
  username: 'priya.patel',
  name: 'Priya Patel',
  role: 'COORDINATOR',
  agencyId: 'a1',
  areas: ['Rotherham North', 'Rotherham South'],
};

describe('the identity the gateway hands to subgraphs', () => {
  it('round-trips through the signature', async () => {
    const token = await signIdentityForSubgraphs(identity, 'secret');
    expect(await verifyGatewaySignature(token, 'secret')).toEqual(identity);
  });

  it('is refused when signed with another secret, expired, or meant for someone else', async () => {
    await expect(verifyGatewaySignature(await signIdentityForSubgraphs(identity, 'other'), 'secret')).rejects.toThrow();
    const expired = await new SignJWT({ hearth_role: 'MANAGER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('hearth-gateway')
      .setAudience('hearth-subgraph')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(new TextEncoder().encode('secret'));
    await expect(verifyGatewaySignature(expired, 'secret')).rejects.toThrow(/exp/);
    const userToken = await new SignJWT({ hearth_role: 'MANAGER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('hearth-dev-sign-in')
      .setAudience('hearth')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode('secret'));
    await expect(verifyGatewaySignature(userToken, 'secret')).rejects.toThrow();
  });

  it('needs a Hearth role and a subject', () => {
    expect(() => identityFromClaims({ sub: 'x', hearth_role: 'ADMIN' })).toThrow('no Hearth role');
    expect(() => identityFromClaims({ hearth_role: 'MANAGER' })).toThrow('no subject');
    expect(identityFromClaims({ sub: 'x', hearth_role: 'ANALYST' })).toMatchObject({ role: 'ANALYST', areas: [], agencyId: null });
  });
});
