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
  kind: string;
  summary: string;
  source: string;
}

const CHRONOLOGY = `query($id: ID!) { family(id: $id) { reference chronology { at kind summary source } } }`;
const isNewestFirst = (entries: Entry[]) => entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) >= Date.parse(e.at));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

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

describe('a family’s chronology through the gateway', () => {
  it('lists evidence, an intervention, progress and a case note from four subgraphs in time order, newest first', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === sarah.sub && f.status === 'PLAN_ACTIVE')!;
    const ask = (query: string, variables: Record<string, unknown>) => gql(stack.gatewayUrl, leadWorkerToken, query, variables);

    const evidence = await ask(`mutation($input: RecordEvidenceInput!) { recordEvidence(input: $input) { id } }`, {
      input: { familyId: family.id, indicatorCode: 'CRIME_ASB_INCIDENT', source: 'South Yorkshire Police', observedAt: daysAgo(10).toISOString() },
    });
    const intervention = await ask(`mutation($input: StartInterventionInput!) { startIntervention(input: $input) { id } }`, {
      input: { familyId: family.id, modelCode: 'KEY_WORKING_TAF', startedOn: daysAgo(7).toISOString().slice(0, 10), leadAgencyId: sarah.agencyId },
    });
    const note = await ask(`mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`, {
      input: { familyId: family.id, kind: 'HOME_VISIT', contactOn: daysAgo(3).toISOString().slice(0, 10), body: 'Home visit: talked through the school attendance plan.' },
    });
    const progress = await ask(`mutation($input: RecordProgressInput!) { recordProgress(input: $input) { id } }`, {
      input: { familyId: family.id, measureCode: 'OP_SCHOOL_ATTENDANCE', status: 'IN_PROGRESS', note: 'Attendance up to 88% this half term' },
    });
    for (const result of [evidence, intervention, note, progress]) expect(result.errors).toBeUndefined();

    const result = await ask(CHRONOLOGY, { id: family.id });
    expect(result.errors).toBeUndefined();
    const chronology: Entry[] = result.data.family.chronology;
    expect(isNewestFirst(chronology)).toBe(true);

    const added = [
      chronology.findIndex((e) => e.source === 'outcomes' && e.summary.includes('Attendance up to 88% this half term')),
      chronology.findIndex((e) => e.source === 'families' && e.kind === 'CASE_NOTE' && e.summary.includes('talked through the school attendance plan')),
      chronology.findIndex((e) => e.source === 'interventions' && e.kind === 'INTERVENTION_STARTED' && e.at === `${daysAgo(7).toISOString().slice(0, 10)}T00:00:00.000Z`),
      chronology.findIndex((e) => e.source === 'criteria' && e.kind === 'EVIDENCE_RECORDED' && e.summary.includes('anti-social behaviour')),
    ];
    expect(added.every((index) => index >= 0)).toBe(true);
    // Newest first: progress (now), the case note (3 days ago), the intervention (7), the evidence (10).
    expect([...added].sort((a, b) => a - b)).toEqual(added);
    expect(chronology[added[0]!]!.summary).toMatch(/^In progress: Every child attends/);
    expect(chronology[added[1]!]!.summary).toBe(`Home visit (${sarah.name}): Home visit: talked through the school attendance plan.`);
    const models = await ask(`{ interventionModels { code name } }`, {});
    const keyWorking = models.data.interventionModels.find((m: { code: string }) => m.code === 'KEY_WORKING_TAF').name;
    expect(chronology[added[2]!]!.summary).toBe(`${keyWorking} started`);
    expect(chronology[added[3]!]!.summary).toContain('(from South Yorkshire Police)');
    // The family's own history is there too: how it came into the programme and who leads it.
    expect(chronology.filter((e) => e.kind === 'STATUS_CHANGED').length).toBeGreaterThan(3);
    expect(chronology.some((e) => e.kind === 'LEAD_WORKER_ALLOCATED' && e.summary.startsWith(`${sarah.name} became the lead worker`))).toBe(true);
  });

  it('costs the same statements in each subgraph for twenty families as for two', async () => {
    const statementsFor = async (first: number) => {
      const before = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]));
      const result = await gql(
        stack.gatewayUrl,
        managerToken,
        `query($first: Int) { families(first: $first) { edges { node { id chronology { at kind summary source } } } } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.families.edges).toHaveLength(first);
      for (const edge of result.data.families.edges) expect(isNewestFirst(edge.node.chronology)).toBe(true);
      return Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count - before[name]!])) as Record<SubgraphName, number>;
    };
    const two = await statementsFor(2);
    const twenty = await statementsFor(20);
    expect(twenty).toEqual(two);
    // One statement each in the subgraphs that only contribute events, plus the one INSERT of the request's audit entries.
    expect({ criteria: twenty.criteria, interventions: twenty.interventions, outcomes: twenty.outcomes }).toEqual({ criteria: 2, interventions: 2, outcomes: 2 });
  });
});
