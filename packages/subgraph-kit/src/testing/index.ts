import type { SubgraphDefinition } from '../define.ts';
import { startSubgraph, type RunningSubgraph } from '../server.ts';
import { TEST_GATEWAY_SECRET } from './client.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export * from './client.ts';
export * from './database.ts';
export * from './identities.ts';
export * from './audit.ts';

export interface SubgraphUnderTest extends RunningSubgraph {
  database: TestDatabase;
  close(): Promise<void>;
}

/** One subgraph on a free port over its own scratch database, for a test file. */
export async function startSubgraphForTest<L>(
  definition: SubgraphDefinition<L>,
  options: {
    seedDemo?: boolean;
    database?: TestDatabase;
    /** The families subgraph, started alongside on the same database: it decides who may see a family. */
    families?: SubgraphDefinition<unknown>;
  } = {},
): Promise<SubgraphUnderTest> {
  const database = options.database ?? (await createTestDatabase());
  const common = { port: 0, host: '127.0.0.1', databaseUrl: database.url, gatewaySecret: TEST_GATEWAY_SECRET, seedDemo: options.seedDemo ?? false };
  const families = options.families ? await startSubgraph(options.families, common) : undefined;
  const running = await startSubgraph(definition, { ...common, familiesUrl: families?.url });
  return {
    ...running,
    database,
    async close() {
      await running.stop();
      await families?.stop();
      if (!options.database) await database.drop();
    },
  };
}
