import type { Identity } from '@hearth/auth';

export interface GatewayContext {
  identity: Identity;
  /** The identity re-signed for the subgraphs, once per request. */
  subgraphToken: string;
}
