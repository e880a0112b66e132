import { SUBGRAPHS } from '@hearth/config';
import { runSubgraphFromEnv } from '@hearth/subgraph-kit';
import { criteriaSubgraph } from './subgraph.ts';

await runSubgraphFromEnv(criteriaSubgraph, SUBGRAPHS.criteria.port);
