import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { claimsFromIdentity, identityFromClaims, type Identity } from './identity.ts';

const DEV_ISSUER = 'hearth-dev-sign-in';
const AUDIENCE = 'hearth';

/**
 * Verifies the bearer tokens people and integrations send to the gateway.
 * Either against an OIDC issuer's published keys, or (embedded/dev mode only)
 * against the secret the gateway's dev sign-in signs with.
 */
export interface UserTokenVerifier {
  readonly mode: 'oidc' | 'dev';
  verify(token: string): Promise<Identity>;
}

export function devTokenVerifier(secret: string): UserTokenVerifier {
  const key = new TextEncoder().encode(secret);
  return {
    mode: 'dev',
    async verify(token) {
      const { payload } = await jwtVerify(token, key, { issuer: DEV_ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      return identityFromClaims(payload);
    },
  };
}

export async function oidcTokenVerifier(issuer: string, audience = AUDIENCE): Promise<UserTokenVerifier> {
  const discovery = await fetch(new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`));
  if (!discovery.ok) throw new Error(`OIDC discovery failed for ${issuer}: HTTP ${discovery.status}`);
  const { jwks_uri: jwksUri } = (await discovery.json()) as { jwks_uri?: string };
  if (!jwksUri) throw new Error(`OIDC issuer ${issuer} publishes no jwks_uri`);
  const keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(jwksUri));
  return {
    mode: 'oidc',
    async verify(token) {
      const { payload } = await jwtVerify(token, keys, { issuer, audience });
      return identityFromClaims(payload);
    },
  };
}

export async function issueDevToken(identity: Identity, secret: string, ttl = '8h'): Promise<string> {
  return new SignJWT(claimsFromIdentity(identity))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
