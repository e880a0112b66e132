import { SignJWT, jwtVerify } from 'jose';
import { claimsFromIdentity, identityFromClaims, type Identity } from './identity.ts';

/** The header in which the gateway hands a verified identity to a subgraph. */
export const IDENTITY_HEADER = 'x-hearth-identity';

const ISSUER = 'hearth-gateway';
const AUDIENCE = 'hearth-subgraph';

/**
 * The gateway re-signs every caller's identity with a secret only it and the
 * subgraphs share, for a minute. A subgraph trusts nothing else, so calling a
 * subgraph port directly (bypassing the gateway's checks) gets nowhere.
 */
export async function signIdentityForSubgraphs(identity: Identity, secret: string): Promise<string> {
  return new SignJWT(claimsFromIdentity(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(new TextEncoder().encode(secret));
}

export async function verifyGatewaySignature(token: string, secret: string): Promise<Identity> {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
  });
  return identityFromClaims(payload);
}
