import { SUBGRAPHS } from '@hearth/config';
import { runSubgraphFromEnv } from '@hearth/subgraph-kit';
import { outcomesSubgraph } from './subgraph.ts';

await runSubgraphFromEnv(outcomesSubgraph, SUBGRAPHS.outcomes.port);
