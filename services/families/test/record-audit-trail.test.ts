import type { Identity } from '@hearth/auth';
import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const sarah = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const notManagers = ['sarah.ahmed', 'priya.patel', 'mark.wilson', 'tom.lee'].map((username) => demoIdentity(username)!);

interface Entry {
  at: string;
  action: string;
  fields: string[];
  operation: string;
  actorUsername: string;
  actorRole: string;
  reason: string | null;
  source: string;
}
type Lists = Record<'criteriaAuditEvents' | 'interventionsAuditEvents' | 'outcomesAuditEvents', Entry[]>;

/** What the gateway sends when it resolves `recordAuditTrail`: the key, and the entries the other subgraphs gave it (@requires). */
const TRAIL = `query FamilyRecordAuditTrail($representations: [_Any!]!, $limit: Int) { _entities(representations: $representations) { ... on Family { id recordAuditTrail(limit: $limit) { at action fields operation actorUsername actorRole reason source } } } }`;
const representation = (familyId: string, lists: Partial<Lists> = {}) => ({
  __typename: 'Family',
  id: familyId,
  criteriaAuditEvents: [],
  interventionsAuditEvents: [],
  outcomesAuditEvents: [],
  ...lists,
});
const ask = (identity: Identity, representations: object[], limit?: number) => postGraphQL<any>(subgraph.url, TRAIL, { representations, limit }, { identity });
const trailOf = async (representations: object[], limit?: number) => {
  const result = await ask(manager, representations, limit);
  expect(result.errors).toBeUndefined();
  return result.data._entities as { id: string; recordAuditTrail: Entry[] }[];
};
const entry = (at: string, source: string, action: string, fields: string[], actorUsername = 'sarah.ahmed', reason: string | null = null): Entry => ({
  at,
  action,
  fields,
  operation: 'FamilyPage',
  actorUsername,
  actorRole: actorUsername === 'helen.carter' ? 'MANAGER' : 'LEAD_WORKER',
  reason,
  source,
});

const [family, other] = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('Family.recordAuditTrail, one trail from every part of the record', () => {
  it('merges what criteria, interventions and outcomes recorded with what families recorded, newest first, naming each part', async () => {
    const read = await postGraphQL<any>(subgraph.url, `query FamilyHeader($id: ID!) { family(id: $id) { reference } }`, { id: family!.id }, { identity: sarah });
    expect(read.errors).toBeUndefined();

    const later = new Date(Date.now() + 3_600_000).toISOString();
    const evidence = entry(later, 'criteria', 'CREATE', ['evidence']);
    const progress = entry('2001-05-01T10:00:00.000Z', 'outcomes', 'UPDATE', ['outcomeProgress.status'], 'helen.carter', 'Correcting a mistake');
    const work = entry('2000-01-01T09:00:00.000Z', 'interventions', 'READ', ['interventions']);
    const [result] = await trailOf([representation(family!.id, { criteriaAuditEvents: [evidence], interventionsAuditEvents: [work], outcomesAuditEvents: [progress] })]);

    expect(result!.recordAuditTrail).toEqual([
      evidence,
      {
        at: expect.any(String),
        action: 'READ',
        fields: ['reference'],
        operation: 'FamilyHeader',
        actorUsername: 'sarah.ahmed',
        actorRole: 'LEAD_WORKER',
        reason: null,
        source: 'families',
      },
      progress,
      work,
    ]);
  });

  it('keeps each family’s entries to itself, counts its own reading, and returns the newest `limit`', async () => {
    const older = entry('2002-01-01T00:00:00.000Z', 'criteria', 'READ', ['headlineProblems']);
    const oldest = entry('2001-01-01T00:00:00.000Z', 'criteria', 'READ', ['eligibility']);
    const [ofFamily, ofOther] = await trailOf([representation(family!.id, { criteriaAuditEvents: [older, oldest] }), representation(other!.id)]);
    // The manager's read in the test above is now the newest of families' own entries.
    const own = ofFamily!.recordAuditTrail.filter((e) => e.source === 'families');
    expect(own.map((e) => `${e.actorUsername} ${e.operation}`)).toEqual(['helen.carter FamilyRecordAuditTrail', 'sarah.ahmed FamilyHeader']);
    expect(own[0]!.fields).toEqual(['id', 'recordAuditTrail']);
    expect(ofFamily!.recordAuditTrail.slice(-2)).toEqual([older, oldest]);
    expect(ofOther!.recordAuditTrail.every((e) => e.source === 'families' && e.actorUsername === 'helen.carter')).toBe(true);

    const [newestTwo] = await trailOf([representation(family!.id, { criteriaAuditEvents: [older, oldest] })], 2);
    expect(newestTwo!.recordAuditTrail).toHaveLength(2);
    expect(newestTwo!.recordAuditTrail.map((e) => e.operation)).toEqual(['FamilyRecordAuditTrail', 'FamilyRecordAuditTrail']);

    for (const limit of [0, 201]) {
      const refused = await ask(manager, [representation(family!.id)], limit);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is refused to everyone but managers', async () => {
    for (const identity of notManagers) {
      const result = await ask(identity, [representation(family!.id)]);
      expect(result.errors?.[0]?.extensions?.code, identity.username).toBe('FORBIDDEN');
      expect(result.data?._entities?.[0]?.recordAuditTrail ?? null).toBeNull();
    }
  });

  it('fails rather than answer without the other subgraphs’ entries, or with malformed ones', async () => {
    const { outcomesAuditEvents: _left, ...withoutOutcomes } = representation(family!.id);
    const missing = await ask(manager, [withoutOutcomes]);
    expect(missing.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const malformed = await ask(manager, [representation(family!.id, { criteriaAuditEvents: [{ at: 'not a time' } as unknown as Entry] })]);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('costs the same statements for twenty families as for two', async () => {
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      await trailOf(demoFamilies().slice(0, count).map((f) => representation(f.id)));
      return subgraph.statements.count - before;
    };
    const two = await statementsFor(2);
    expect(await statementsFor(20)).toBe(two);
    // The families themselves, their audit entries, and the audit of the reads.
    expect(two).toBe(3);
  });
});
