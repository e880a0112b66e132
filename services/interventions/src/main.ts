import { SUBGRAPHS } from '@hearth/config';
import { runSubgraphFromEnv } from '@hearth/subgraph-kit';
import { interventionsSubgraph } from './subgraph.ts';

await runSubgraphFromEnv(interventionsSubgraph, SUBGRAPHS.interventions.port);
