import { describe, expect, it } from 'vitest';
import { composeSupergraph } from '../src/compose.ts';
import { collectSubgraphSdl } from '../src/subgraph-sdl.ts';
import { readSupergraph } from '../src/supergraph.ts';

describe('supergraph.graphql', () => {
  it('is what the subgraphs compose to today (run `pnpm compose` after changing a subgraph)', async () => {
    expect(readSupergraph()).toBe(composeSupergraph(await collectSubgraphSdl()));
  });
});
