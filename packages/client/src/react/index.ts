export { GatewayProvider, useGatewayClient } from './gateway-context.tsx';
export { useGatewayQuery, type QueryResult, type QueryState } from './use-gateway-query.ts';
export { useGatewayMutation, type MutationState } from './use-gateway-mutation.ts';
