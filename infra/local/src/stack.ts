import { randomBytes } from 'node:crypto';
import { EMBEDDED_DB_PORT, GATEWAY_PORT, SUBGRAPHS, type SubgraphName } from '@hearth/config';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@hearth/embedded-db';
import { criteriaSubgraph } from '@hearth/criteria';
import { familiesSubgraph } from '@hearth/families';
import { startGateway } from '@hearth/gateway';
import { readSupergraph } from '@hearth/gateway/supergraph';
import { interventionsSubgraph } from '@hearth/interventions';
import { outcomesSubgraph } from '@hearth/outcomes';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '@hearth/subgraph-kit';

export interface StackOptions {
  /** Use this PostgreSQL; without it an embedded one is started. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files; omit for in-memory. */
  dataDir?: string;
  /** Fixed ports (4000–4004, 54329) for people; free ports for tests. */
  fixedPorts?: boolean;
  seedDemo?: boolean;
}

export interface RunningStack {
  gatewayUrl: string;
  gatewayOrigin: string;
  databaseUrl: string;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  stop(): Promise<void>;
}

const DEFINITIONS: Record<SubgraphName, SubgraphDefinition<any>> = {
  families: familiesSubgraph,
  criteria: criteriaSubgraph,
  interventions: interventionsSubgraph,
  outcomes: outcomesSubgraph,
};

/**
 * The whole back end in one process: each subgraph still has its own port,
 * schema and connection pool, exactly as when deployed apart, but one
 * Ctrl-C stops everything.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  let embedded: EmbeddedDatabase | undefined;
  if (!options.databaseUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: options.dataDir, port: options.fixedPorts ? EMBEDDED_DB_PORT : 0 });
  }
  const databaseUrl = options.databaseUrl ?? embedded!.url;
  const gatewaySecret = process.env.HEARTH_GATEWAY_SECRET ?? randomBytes(32).toString('hex');
  const devSecret = process.env.HEARTH_DEV_SIGN_IN_SECRET ?? randomBytes(32).toString('hex');

  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  // One after another: each migrates its own schema, and the embedded database is a single session.
  for (const [name, definition] of Object.entries(DEFINITIONS) as [SubgraphName, SubgraphDefinition<unknown>][]) {
    subgraphs[name] = await startSubgraph(definition, {
      port: options.fixedPorts ? SUBGRAPHS[name].port : 0,
      host: '127.0.0.1',
      databaseUrl,
      gatewaySecret,
      seedDemo: options.seedDemo ?? true,
      // families starts first; every other subgraph asks it who may see a family.
      familiesUrl: subgraphs.families?.url,
    });
  }
  const gateway = await startGateway({
    port: options.fixedPorts ? GATEWAY_PORT : 0,
    supergraphSdl: readSupergraph(),
    gatewaySecret,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])),
    auth: { devSecret },
  });

  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: gateway.origin,
    databaseUrl,
    subgraphs,
    async stop() {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      await embedded?.stop();
    },
  };
}
