import { GATEWAY_PORT, SUBGRAPH_NAMES, requireEnv, subgraphUrl } from '@hearth/config';
import { startGateway } from './gateway.ts';
import { readSupergraph } from './supergraph.ts';

const oidcIssuer = process.env.OIDC_ISSUER;
const gateway = await startGateway({
  port: Number(process.env.PORT ?? GATEWAY_PORT),
  supergraphSdl: readSupergraph(),
  gatewaySecret: requireEnv('HEARTH_GATEWAY_SECRET'),
  subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])),
  auth: oidcIssuer ? { oidcIssuer, audience: process.env.OIDC_AUDIENCE } : { devSecret: requireEnv('HEARTH_DEV_SIGN_IN_SECRET') },
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
