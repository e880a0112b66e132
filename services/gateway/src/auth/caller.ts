import { GraphQLError } from 'graphql';
import type { Identity, UserTokenVerifier } from '@hearth/auth';

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Who is calling, from the bearer token; every GraphQL request needs one. */
export async function identifyCaller(authorization: string | undefined, verifier: UserTokenVerifier): Promise<Identity> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>".');
  try {
    return await verifier.verify(token);
  } catch (error) {
    const expired = error instanceof Error && 'code' in error && error.code === 'ERR_JWT_EXPIRED';
    throw unauthenticated(expired ? 'Your session has expired; sign in again.' : 'That token is not valid here; sign in again.');
  }
}
