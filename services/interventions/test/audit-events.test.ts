import type { Identity } from '@hearth/auth';
import { DEMO_AGENCIES, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { todayInUk } from '@hearth/programme';
import { familiesSubgraph } from '@hearth/families';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionsSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const sarah = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const notManagers = ['sarah.ahmed', 'priya.patel', 'mark.wilson', 'tom.lee'].map((username) => demoIdentity(username)!);

const ask = (query: string, variables: Record<string, unknown>, identity: Identity) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });
const AUDIT = `query FamilyAuditTrail($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id interventionsAuditEvents { at action fields operation actorUsername actorRole reason source } } } }`;
const READ = `query FamilyRead($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { interventions { id } } } }`;
const familiesForChange = DEMO_AGENCIES.find((a) => a.name === 'Families for Change Team')!.id;
const WRITE = `mutation StartWork($input: StartInterventionInput!) { startIntervention(input: $input) { id } }`;
const writeFor = (familyId: string) => ({
  input: { familyId, modelCode: 'EMPLOYABILITY_SUPPORT', startedOn: todayInUk(new Date(Date.now() + 2 * 86_400_000)), status: 'PLANNED', leadAgencyId: familiesForChange },
});
const WRITE_OPERATION = 'StartWork';
const WRITE_ACTION = 'CREATE';
const WRITE_FIELDS = ['interventions'];
const familiesLedBySarah = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);

const isNewestFirst = (entries: { at: string }[]) => entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) >= Date.parse(e.at));

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('Family.interventionsAuditEvents, interventions’ part of a family’s audit trail', () => {
  it('lists who read and changed that family here, newest first, and nothing about other families', async () => {
    const [family, other] = familiesLedBySarah;
    expect((await ask(READ, asFamilies([family!.id]), sarah)).errors).toBeUndefined();
    expect((await ask(WRITE, writeFor(family!.id), sarah)).errors).toBeUndefined();
    expect((await ask(READ, asFamilies([other!.id]), sarah)).errors).toBeUndefined();

    const first = await ask(AUDIT, asFamilies([family!.id]), manager);
    expect(first.errors).toBeUndefined();
    const sarahs = { actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER', reason: null, source: 'interventions' };
    expect(first.data._entities[0].interventionsAuditEvents.map(({ at: _at, ...rest }: { at: string }) => rest)).toEqual([
      { action: WRITE_ACTION, fields: WRITE_FIELDS, operation: WRITE_OPERATION, ...sarahs },
      { action: 'READ', fields: ['interventions'], operation: 'FamilyRead', ...sarahs },
    ]);
    expect(isNewestFirst(first.data._entities[0].interventionsAuditEvents)).toBe(true);

    // Reading the trail is itself audited, and shows next time, first.
    const second = await ask(AUDIT, asFamilies([family!.id, other!.id]), manager);
    expect(second.errors).toBeUndefined();
    const [ofFamily, ofOther] = second.data._entities;
    expect(ofFamily.interventionsAuditEvents).toHaveLength(3);
    expect(ofFamily.interventionsAuditEvents[0]).toMatchObject({ action: 'READ', fields: ['interventionsAuditEvents', 'id'].sort(), operation: 'FamilyAuditTrail', actorUsername: 'helen.carter', actorRole: 'MANAGER', source: 'interventions' });
    expect(ofFamily.interventionsAuditEvents.slice(1)).toEqual(first.data._entities[0].interventionsAuditEvents);
    expect(isNewestFirst(ofFamily.interventionsAuditEvents)).toBe(true);
    expect(ofOther.interventionsAuditEvents.map((e: { operation: string; actorUsername: string }) => `${e.actorUsername} ${e.operation}`)).toEqual(['sarah.ahmed FamilyRead']);
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
      expect(result.data?._entities?.[0]?.interventionsAuditEvents ?? null).toBeNull();
    }
  });
});
