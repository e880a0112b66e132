import { randomUUID } from 'node:crypto';
import { DEMO_WORKERS, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;

const WORKERS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Worker { id name agency { name } } } }`;
const asWorkers = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Worker', id })) });

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

// Other subgraphs sign what a worker did with the worker's id (outcomes' progress history); the gateway asks here for the name.
describe('Worker as an entity other subgraphs point to', () => {
  const sarah = DEMO_WORKERS.find((w) => w.name === 'Sarah Ahmed')!;
  const helen = DEMO_WORKERS.find((w) => w.name === 'Helen Carter')!;

  it('resolves worker ids to names and agencies, for every role that may read progress', async () => {
    for (const username of ['sarah.ahmed', 'mark.wilson', 'tom.lee']) {
      const result = await postGraphQL<any>(subgraph.url, WORKERS, asWorkers([sarah.id, helen.id.toUpperCase()]), { identity: demoIdentity(username)! });
      expect(result.errors).toBeUndefined();
      expect(result.data._entities).toEqual([
        { id: sarah.id, name: 'Sarah Ahmed', agency: { name: 'Families for Change Team' } },
        { id: helen.id, name: 'Helen Carter', agency: { name: 'Families for Change Team' } },
      ]);
    }
  });

  it('resolves an id that is no worker’s, or is not an id at all, to nothing', async () => {
    const result = await postGraphQL<any>(subgraph.url, WORKERS, asWorkers([randomUUID(), 'demo-seed', sarah.id]), { identity: demoIdentity('helen.carter')! });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([null, null, { id: sarah.id, name: 'Sarah Ahmed', agency: { name: 'Families for Change Team' } }]);
  });
});
