import { SUBGRAPHS } from '@hearth/config';
import { runSubgraphFromEnv } from '@hearth/subgraph-kit';
import { familiesSubgraph } from './subgraph.ts';

await runSubgraphFromEnv(familiesSubgraph, SUBGRAPHS.families.port);
