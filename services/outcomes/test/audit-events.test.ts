import type { Identity } from '@hearth/auth';
import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { DEFAULT_OUTCOME_MEASURES } from '@hearth/programme';
import { familiesSubgraph } from '@hearth/families';
import { AUDIT_ENTRIES_PER_FAMILY } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const sarah = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const notManagers = ['sarah.ahmed', 'priya.patel', 'mark.wilson', 'tom.lee'].map((username) => demoIdentity(username)!);

const ask = (query: string, variables: Record<string, unknown>, identity: Identity) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });
const AUDIT = `query FamilyAuditTrail($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id outcomesAuditEvents { at action fields operation actorUsername actorRole reason source } } } }`;
const READ = `query FamilyRead($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { outcomeProgress { status } } } }`;
const WRITE = `mutation RecordProgress($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`;
const familiesLedBySarah = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);
const writeFor = (familyId: string) => {
  const family = familiesLedBySarah.find((f) => f.id === familyId)!;
  const untouched = DEFAULT_OUTCOME_MEASURES.find((m) => !family.progress.some((p) => p.measureCode === m.code))!;
  return { input: { familyId, measureCode: untouched.code, status: 'IN_PROGRESS' } };
};
const WRITE_OPERATION = 'RecordProgress';
const WRITE_ACTION = 'CREATE';
const WRITE_FIELDS = ['outcomeProgress.effectiveOn', 'outcomeProgress.note', 'outcomeProgress.status'];

const isNewestFirst = (entries: { at: string }[]) => entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) >= Date.parse(e.at));

beforeAll(async () => {
  subgraph = await startSubgraphForTest(outcomesSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('Family.outcomesAuditEvents, outcomes’ part of a family’s audit trail', () => {
  it('lists who read and changed that family here, newest first, and nothing about other families', async () => {
    const [family, other] = familiesLedBySarah;
    expect((await ask(READ, asFamilies([family!.id]), sarah)).errors).toBeUndefined();
    expect((await ask(WRITE, writeFor(family!.id), sarah)).errors).toBeUndefined();
    expect((await ask(READ, asFamilies([other!.id]), sarah)).errors).toBeUndefined();

    const first = await ask(AUDIT, asFamilies([family!.id]), manager);
    expect(first.errors).toBeUndefined();
    const sarahs = { actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER', reason: null, source: 'outcomes' };
    expect(first.data._entities[0].outcomesAuditEvents.map(({ at: _at, ...rest }: { at: string }) => rest)).toEqual([
      { action: WRITE_ACTION, fields: WRITE_FIELDS, operation: WRITE_OPERATION, ...sarahs },
      { action: 'READ', fields: ['outcomeProgress'], operation: 'FamilyRead', ...sarahs },
    ]);
    expect(isNewestFirst(first.data._entities[0].outcomesAuditEvents)).toBe(true);

    // Reading the trail is itself audited, and shows next time, first.
    const second = await ask(AUDIT, asFamilies([family!.id, other!.id]), manager);
    expect(second.errors).toBeUndefined();
    const [ofFamily, ofOther] = second.data._entities;
    expect(ofFamily.outcomesAuditEvents).toHaveLength(3);
    expect(ofFamily.outcomesAuditEvents[0]).toMatchObject({ action: 'READ', fields: ['outcomesAuditEvents', 'id'].sort(), operation: 'FamilyAuditTrail', actorUsername: 'helen.carter', actorRole: 'MANAGER', source: 'outcomes' });
    expect(ofFamily.outcomesAuditEvents.slice(1)).toEqual(first.data._entities[0].outcomesAuditEvents);
    expect(isNewestFirst(ofFamily.outcomesAuditEvents)).toBe(true);
    expect(ofOther.outcomesAuditEvents.map((e: { operation: string; actorUsername: string }) => `${e.actorUsername} ${e.operation}`)).toEqual(['sarah.ahmed FamilyRead']);
  });

  it('costs one statement for twenty families as for two', async () => {
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      const result = await ask(AUDIT, asFamilies(demoFamilies().slice(0, count).map((f) => f.id)), manager);
      expect(result.errors).toBeUndefined();
      expect(result.data._entities).toHaveLength(count);
      return subgraph.statements.count - before;
    };
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await statementsFor(2)).toBe(2);
    expect(await statementsFor(20)).toBe(2);
  });

  it('is refused to everyone but managers', async () => {
    const family = familiesLedBySarah[0]!;
    for (const identity of notManagers) {
      const result = await ask(AUDIT, asFamilies([family.id]), identity);
      expect(result.errors?.[0]?.extensions?.code, identity.username).toBe('FORBIDDEN');
      expect(result.data?._entities?.[0]?.outcomesAuditEvents ?? null).toBeNull();
    }
  });

  it(`hands over each family's newest ${AUDIT_ENTRIES_PER_FAMILY} entries, in the same one statement`, async () => {
    const [busy, quiet] = demoFamilies().slice(-2);
    const insert = (familyId: string, count: number, operation: string) =>
      subgraph.db.query(
        `INSERT INTO outcomes.audit_event (actor_id, actor_username, actor_role, family_id, action, operation, fields)
         SELECT 'actor', 'sarah.ahmed', 'LEAD_WORKER', $1, 'READ', $2 || n, '{outcomeProgress}' FROM generate_series(1, $3) AS n`,
        [familyId, operation, count],
      );
    await insert(busy!.id, AUDIT_ENTRIES_PER_FAMILY + 5, 'Busy');
    await insert(quiet!.id, 3, 'Quiet');
    const result = await ask(AUDIT, asFamilies([busy!.id, quiet!.id]), manager);
    expect(result.errors).toBeUndefined();
    const [ofBusy, ofQuiet] = result.data._entities;
    expect(ofBusy.outcomesAuditEvents).toHaveLength(AUDIT_ENTRIES_PER_FAMILY);
    expect(ofBusy.outcomesAuditEvents[0].operation).toBe(`Busy${AUDIT_ENTRIES_PER_FAMILY + 5}`);
    expect(ofBusy.outcomesAuditEvents.at(-1).operation).toBe('Busy6');
    expect(ofQuiet.outcomesAuditEvents.map((e: { operation: string }) => e.operation)).toEqual(['Quiet3', 'Quiet2', 'Quiet1']);
  });
});
