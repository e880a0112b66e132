import { writeFileSync } from 'node:fs';
import { composeSupergraph } from '../src/compose.ts';
import { collectSubgraphSdl } from '../src/subgraph-sdl.ts';
import { SUPERGRAPH_PATH } from '../src/supergraph.ts';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph(await collectSubgraphSdl()));
console.log(`Wrote ${SUPERGRAPH_PATH}`);
