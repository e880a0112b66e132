export { graphql } from './generated/gql.ts';
export type * from './generated/graphql.ts';
export { createGatewayClient, type GatewayClient, type GatewaySession } from './gateway-client.ts';
export { GatewayError, isGatewayError, type GatewayErrorCode, type GatewayErrorDetail } from './gateway-error.ts';
export { listDemoUsers, signInAsDemoUser, ROLE_NAMES, type DemoUser, type Identity, type Role, type SignIn } from './dev-sign-in.ts';
export { identityFromToken } from './token-identity.ts';
