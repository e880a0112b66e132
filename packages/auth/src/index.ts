export * from './identity.ts';
export * from './user-token.ts';
export * from './gateway-signature.ts';
