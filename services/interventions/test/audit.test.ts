import type { Identity } from '@hearth/auth';
import { DEMO_AGENCIES, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { todayInUk } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { auditColumnsOf, auditRowsOf, postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionsSubgraph } from '../src/subgraph.ts';
import { asRepresentations, ledBy } from './helpers.ts';

let subgraph: SubgraphUnderTest;
/** Acts only in the scripted session, so her rows are exactly what it did. */
const sarah = demoIdentity('sarah.ahmed')!;
const familiesForChange = DEMO_AGENCIES.find((a) => a.name === 'Families for Change Team')!.id;
const ukDay = (daysFromToday: number) => todayInUk(new Date(Date.now() + daysFromToday * 86_400_000));

const ask = (query: string, variables: Record<string, unknown>, identity: Identity = sarah) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const START = `mutation StartWork($input: StartInterventionInput!) { startIntervention(input: $input) { id status } }`;
const BEGIN = `mutation BeginWork($id: ID!, $startedOn: String!) { beginIntervention(id: $id, startedOn: $startedOn) { id status } }`;
const END = `mutation EndWork($id: ID!, $status: InterventionStatus!, $endedOn: String!) { endIntervention(id: $id, status: $status, endedOn: $endedOn) { id status } }`;
const planFor = (familyId: string) => ({ familyId, modelCode: 'EMPLOYABILITY_SUPPORT', startedOn: ukDay(2), status: 'PLANNED', leadAgencyId: familiesForChange });

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe("interventions' audit trail", () => {
  it('holds exactly the reads and writes of a scripted session, in order, naming who', async () => {
    const family = ledBy(sarah)[0]!;
    const notHers = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== sarah.sub && f.interventions.length > 0)!;

    // (a) the family's interventions: one READ
    const read = await ask(`query FamilyWork($r: [_Any!]!) { _entities(representations: $r) { ... on Family { interventions { id status } } } }`, { r: asRepresentations([family.id]) });
    expect(read.errors).toBeUndefined();

    // (b) work planned (CREATE), (c) marked as started (UPDATE), (d) completed (UPDATE)
    const planned = await ask(START, { input: planFor(family.id) });
    expect(planned.errors).toBeUndefined();
    const id = planned.data.startIntervention.id as string;
    const begun = await ask(BEGIN, { id, startedOn: ukDay(0) });
    expect(begun.errors).toBeUndefined();
    const ended = await ask(END, { id, status: 'COMPLETED', endedOn: ukDay(0) });
    expect(ended.errors).toBeUndefined();

    // (e) work started, and (f) work ended, for a family she cannot see: refused, and DENIED against that family
    const startRefused = await ask(START, { input: planFor(notHers.id) });
    expect(startRefused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const endRefused = await ask(END, { id: notHers.interventions[0]!.id, status: 'WITHDRAWN', endedOn: ukDay(0) });
    expect(endRefused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // (g) a refusal that is not about the family (already ended) changes nothing and is not audited as a change
    const again = await ask(END, { id, status: 'COMPLETED', endedOn: ukDay(0) });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // (h) the chronology's part: a READ of interventionEvents
    const events = await ask(`query FamilyChronology($r: [_Any!]!) { _entities(representations: $r) { ... on Family { interventionEvents { at } } } }`, { r: asRepresentations([family.id]) });
    expect(events.errors).toBeUndefined();

    const who = { workerId: null, reason: null, actorId: sarah.sub, actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER' };
    expect(await auditRowsOf(subgraph.db, 'interventions', sarah.sub)).toEqual([
      { action: 'READ', familyId: family.id, fields: ['interventions'], operation: 'FamilyWork', ...who },
      { action: 'CREATE', familyId: family.id, fields: ['interventions'], operation: 'StartWork', ...who },
      { action: 'UPDATE', familyId: family.id, fields: ['interventions.startedOn', 'interventions.status'], operation: 'BeginWork', ...who },
      { action: 'UPDATE', familyId: family.id, fields: ['interventions.endedOn', 'interventions.status'], operation: 'EndWork', ...who },
      { action: 'DENIED', familyId: notHers.id, fields: ['interventions'], operation: 'StartWork', ...who },
      { action: 'DENIED', familyId: notHers.id, fields: ['interventions.endedOn', 'interventions.status'], operation: 'EndWork', ...who },
      { action: 'READ', familyId: family.id, fields: ['interventionEvents'], operation: 'FamilyChronology', ...who },
    ]);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [{ count }] = await subgraph.db.query('SELECT count(*)::int AS count FROM interventions.audit_event');
    expect(count).toBeGreaterThan(0);
    await expect(subgraph.db.query(`UPDATE interventions.audit_event SET reason = 'tidied'`)).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('DELETE FROM interventions.audit_event')).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('TRUNCATE interventions.audit_event')).rejects.toThrow(/append-only/);
    const [{ count: after }] = await subgraph.db.query('SELECT count(*)::int AS count FROM interventions.audit_event');
    expect(after).toBe(count);
  });

  it("has families' audit columns, and migrating again changes nothing", async () => {
    expect(await auditColumnsOf(subgraph.db, 'interventions')).toEqual(await auditColumnsOf(subgraph.db, 'families'));
    expect(await migrate(subgraph.db, 'interventions')).toEqual([]);
    expect(await auditColumnsOf(subgraph.db, 'interventions')).toHaveLength(11);
  });
});
