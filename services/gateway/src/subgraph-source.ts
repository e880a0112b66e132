import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { IDENTITY_HEADER } from '@hearth/auth';
import type { GatewayContext } from './context.ts';

/** Every call to a subgraph carries the caller's identity, signed by the gateway. */
export class SignedSubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('subgraphToken' in context && context.subgraphToken) request.http?.headers.set(IDENTITY_HEADER, context.subgraphToken);
  }
}
