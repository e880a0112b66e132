import type { SubgraphName } from '@hearth/config';
import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { createTestDatabase, type TestDatabase } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type RunningStack } from '../src/stack.ts';
import { gql, signIn } from './helpers.ts';

let database: TestDatabase;
let stack: RunningStack;
let leadWorkerToken: string;
let managerToken: string;
const sarah = demoIdentity('sarah.ahmed')!;

interface Entry {
  at: string;
  source: string;
  action: string;
  fields: string[];
  operation: string;
  actorUsername: string;
}

const TRAIL = `query ManagerTrail($id: ID!) { family(id: $id) { recordAuditTrail { at source action fields operation actorUsername } } }`;
const isNewestFirst = (entries: Entry[]) => entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) >= Date.parse(e.at));

beforeAll(async () => {
  database = await createTestDatabase();
  stack = await startStack({ databaseUrl: database.url, seedDemo: true });
  leadWorkerToken = await signIn(stack.gatewayOrigin, 'sarah.ahmed');
  managerToken = await signIn(stack.gatewayOrigin, 'helen.carter');
});
afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('a family’s audit trail from every part of the record, through the gateway', () => {
  it('shows a manager the evidence a lead worker recorded and the interventions she read, each naming its part', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === sarah.sub && f.status === 'PLAN_ACTIVE')!;
    const ask = (query: string, variables: Record<string, unknown>) => gql(stack.gatewayUrl, leadWorkerToken, query, variables);

    const evidence = await ask(`mutation AddEvidence($input: RecordEvidenceInput!) { recordEvidence(input: $input) { id } }`, {
      input: { familyId: family.id, indicatorCode: 'CRIME_ASB_INCIDENT', source: 'South Yorkshire Police', observedAt: new Date(Date.now() - 86_400_000).toISOString() },
    });
    expect(evidence.errors).toBeUndefined();
    const work = await ask(`query FamilyWork($id: ID!) { family(id: $id) { reference interventions { id status } } }`, { id: family.id });
    expect(work.errors).toBeUndefined();

    const result = await gql(stack.gatewayUrl, managerToken, TRAIL, { id: family.id });
    expect(result.errors).toBeUndefined();
    const trail: Entry[] = result.data.family.recordAuditTrail;
    expect(isNewestFirst(trail)).toBe(true);
    const sarahs = trail.filter((e) => e.actorUsername === 'sarah.ahmed').map(({ source, action, fields, operation }) => ({ source, action, fields, operation }));
    // Newest first: what she read of the family page (families first, then interventions, in one request), the evidence she
    // recorded, and the check criteria made with families that she may see the family before recording it.
    expect(sarahs).toEqual([
      { source: 'interventions', action: 'READ', fields: ['interventions'], operation: 'FamilyWork' },
      { source: 'families', action: 'READ', fields: ['id', 'reference'], operation: 'FamilyWork' },
      { source: 'criteria', action: 'CREATE', fields: ['evidence'], operation: 'AddEvidence' },
      { source: 'families', action: 'READ', fields: ['id'], operation: 'HearthFamilyAccess' },
    ]);

    // A lead worker cannot read it.
    const refused = await ask(TRAIL, { id: family.id });
    expect(refused.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(refused.data?.family?.recordAuditTrail ?? null).toBeNull();

    // The manager's own reading is in the trail next time, in each subgraph it touched.
    const again = await gql(stack.gatewayUrl, managerToken, TRAIL, { id: family.id });
    expect(again.errors).toBeUndefined();
    const managerReads = (again.data.family.recordAuditTrail as Entry[]).filter((e) => e.actorUsername === 'helen.carter' && e.operation.startsWith('ManagerTrail'));
    expect(new Set(managerReads.map((e) => e.source))).toEqual(new Set(['families', 'criteria', 'interventions', 'outcomes']));
  });

  it('costs the same statements in each subgraph for twenty families as for two', async () => {
    const statementsFor = async (first: number) => {
      const before = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]));
      const result = await gql(stack.gatewayUrl, managerToken, `query($first: Int) { families(first: $first) { edges { node { id recordAuditTrail { at source } } } } }`, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data.families.edges).toHaveLength(first);
      return Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count - before[name]!])) as Record<SubgraphName, number>;
    };
    const two = await statementsFor(2);
    const twenty = await statementsFor(20);
    expect(twenty).toEqual(two);
    // One SELECT each in the subgraphs that contribute entries, plus the one INSERT of the request's audit entries.
    expect({ criteria: twenty.criteria, interventions: twenty.interventions, outcomes: twenty.outcomes }).toEqual({ criteria: 2, interventions: 2, outcomes: 2 });
  });
});
