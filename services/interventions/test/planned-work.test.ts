import { randomUUID } from 'node:crypto';
import { DEMO_AGENCIES, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { INTERVENTION_MODELS, todayInUk } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlannedWork1732400000001 } from '../src/migrations/1732400000001-planned-work.ts';
import { interventionsSubgraph } from '../src/subgraph.ts';
import { asRepresentations, interventionsOf, ledBy, partnerSees } from './helpers.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const otherLeadWorker = demoIdentity('daniel.hughes')!;
const coordinator = demoIdentity('priya.patel')!;
const manager = demoIdentity('helen.carter')!;
const policePartner = demoIdentity('mark.wilson')!;
const schoolPartner = demoIdentity('grace.okafor')!;
const analyst = demoIdentity('tom.lee')!;

const familiesForChange = DEMO_AGENCIES.find((a) => a.name === 'Families for Change Team')!.id;
const police = DEMO_AGENCIES.find((a) => a.name === 'South Yorkshire Police')!.id;
const family = ledBy(leadWorker).find((f) => partnerSees(policePartner, f) && coordinator.areas.includes(f.area))!;

/** A day relative to today in the UK, as the subgraph reckons today. */
const ukDay = (daysFromToday: number) => todayInUk(new Date(Date.now() + daysFromToday * 86_400_000));

const FIELDS = 'id familyId status startedOn plannedStartOn begun endedOn leadAgency { id }';
const START = `mutation($input: StartInterventionInput!) { startIntervention(input: $input) { ${FIELDS} } }`;
const BEGIN = `mutation($id: ID!, $startedOn: String!) { beginIntervention(id: $id, startedOn: $startedOn) { ${FIELDS} } }`;
const END = `mutation($id: ID!, $status: InterventionStatus!, $endedOn: String!) { endIntervention(id: $id, status: $status, endedOn: $endedOn) { ${FIELDS} } }`;

const ask = (query: string, variables: Record<string, unknown>, identity = leadWorker) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const begin = (id: string, startedOn: string, identity = leadWorker) => ask(BEGIN, { id, startedOn }, identity);
const end = (id: string, status: string, endedOn: string, identity = leadWorker) => ask(END, { id, status, endedOn }, identity);

/** Plans work with a family and answers its id. */
async function plan(startsOn: string, overrides: Record<string, unknown> = {}, identity = leadWorker): Promise<string> {
  const result = await ask(START, { input: { familyId: family.id, modelCode: 'KEY_WORKING_TAF', startedOn: startsOn, leadAgencyId: familiesForChange, status: 'PLANNED', ...overrides } }, identity);
  expect(result.errors).toBeUndefined();
  return result.data.startIntervention.id;
}

const rowOf = async (id: string) =>
  (
    await subgraph.db.query(
      `SELECT status, started_on::text AS "startedOn", planned_start_on::text AS "plannedStartOn", ended_on::text AS "endedOn", began_at IS NOT NULL AS begun
       FROM interventions.intervention WHERE id = $1`,
      [id],
    )
  )[0];

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('beginIntervention', () => {
  it('marks planned work as started on the day it actually began, keeping the day that was planned', async () => {
    const id = await plan(ukDay(10));
    expect(await rowOf(id)).toEqual({ status: 'PLANNED', startedOn: ukDay(10), plannedStartOn: ukDay(10), endedOn: null, begun: false });

    const result = await begin(id, ukDay(0));
    expect(result.errors).toBeUndefined();
    expect(result.data.beginIntervention).toEqual({
      id,
      familyId: family.id,
      status: 'ACTIVE',
      startedOn: ukDay(0),
      plannedStartOn: ukDay(10),
      begun: true,
      endedOn: null,
      leadAgency: { id: familiesForChange },
    });
    const read = await interventionsOf(subgraph, manager, [family.id]);
    expect(read.data!._entities[0]!.interventions.find((i: any) => i.id === id)).toMatchObject({ status: 'ACTIVE', startedOn: ukDay(0) });
  });

  it('takes a start later than planned, once that day has come, and the work then ends as any begun work', async () => {
    const id = await plan(ukDay(-20));
    const result = await begin(id, ukDay(-12), coordinator);
    expect(result.data.beginIntervention).toMatchObject({ status: 'ACTIVE', startedOn: ukDay(-12), plannedStartOn: ukDay(-20), begun: true });
    // Begun work still cannot end before it began, though it was planned earlier.
    expect((await end(id, 'WITHDRAWN', ukDay(-15))).errors?.[0]).toMatchObject({
      message: `endedOn ${ukDay(-15)} is before the intervention started (${ukDay(-12)})`,
      extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' },
    });
    const completed = await end(id, 'COMPLETED', ukDay(-1));
    expect(completed.data.endIntervention).toMatchObject({ status: 'COMPLETED', startedOn: ukDay(-12), endedOn: ukDay(-1), begun: true });
  });

  it('refuses a start on a day still to come against its field, and changes nothing', async () => {
    const id = await plan(ukDay(3));
    const before = await rowOf(id);
    const result = await begin(id, ukDay(1));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: `startedOn ${ukDay(1)} is in the future: mark planned work as started once it has begun`,
      extensions: { code: 'BAD_USER_INPUT', field: 'startedOn' },
    });
    expect((await begin(id, '2026-02-30')).errors?.[0]?.message).toContain('startedOn must be a date written YYYY-MM-DD');
    expect(await rowOf(id)).toEqual(before);
  });

  it('refuses work that is no longer planned with CONFLICT: already started, or ended', async () => {
    const active = await ask(START, { input: { familyId: family.id, modelCode: 'BRIEF_INTERVENTION', startedOn: ukDay(-5), leadAgencyId: familiesForChange } });
    const activeId = active.data.startIntervention.id;
    expect((await begin(activeId, ukDay(0))).errors?.[0]).toMatchObject({
      message: `Intervention ${activeId} is no longer planned (ACTIVE), so it cannot be marked as started`,
      extensions: { code: 'CONFLICT' },
    });
    expect(await rowOf(activeId)).toMatchObject({ status: 'ACTIVE', startedOn: ukDay(-5) });

    const withdrawnId = await plan(ukDay(5));
    expect((await end(withdrawnId, 'WITHDRAWN', ukDay(0))).errors).toBeUndefined();
    expect((await begin(withdrawnId, ukDay(0))).errors?.[0]).toMatchObject({
      message: `Intervention ${withdrawnId} is no longer planned (WITHDRAWN on ${ukDay(0)}), so it cannot be marked as started`,
      extensions: { code: 'CONFLICT' },
    });
    expect(await rowOf(withdrawnId)).toMatchObject({ status: 'WITHDRAWN', begun: false });
  });

  it('lets only one of two people marking it as started, or one starting and one withdrawing, succeed', async () => {
    const twice = await plan(ukDay(2));
    const both = await Promise.all([begin(twice, ukDay(0)), begin(twice, ukDay(-1), coordinator)]);
    expect(both.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    const winner = both.find((r) => !r.errors)!.data.beginIntervention;
    expect(await rowOf(twice)).toMatchObject({ status: 'ACTIVE', startedOn: winner.startedOn });

    // Started and withdrawn at once: the row lock puts one after the other. Withdrawn first, it never began and cannot
    // then be started; started first, it is begun work, which may then be withdrawn that day, and is shown as begun.
    const race = await plan(ukDay(2));
    const [begun, withdrawn] = await Promise.all([begin(race, ukDay(0)), end(race, 'WITHDRAWN', ukDay(0), coordinator)]);
    expect(withdrawn.errors).toBeUndefined();
    if (begun.errors) {
      expect(begun.errors[0]!.extensions?.code).toBe('CONFLICT');
      expect(withdrawn.data.endIntervention).toMatchObject({ status: 'WITHDRAWN', begun: false, startedOn: ukDay(2) });
      expect(await rowOf(race)).toEqual({ status: 'WITHDRAWN', startedOn: ukDay(2), plannedStartOn: ukDay(2), endedOn: ukDay(0), begun: false });
    } else {
      expect(withdrawn.data.endIntervention).toMatchObject({ status: 'WITHDRAWN', begun: true, startedOn: ukDay(0) });
      expect(await rowOf(race)).toEqual({ status: 'WITHDRAWN', startedOn: ukDay(0), plannedStartOn: ukDay(2), endedOn: ukDay(0), begun: true });
    }
  });

  it('lets a partner mark only their own agency’s work as started', async () => {
    const councils = await plan(ukDay(4));
    expect((await begin(councils, ukDay(0), policePartner)).errors?.[0]).toMatchObject({
      message: 'As a partner you can only mark interventions as started led by your own agency',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await rowOf(councils)).toMatchObject({ status: 'PLANNED' });

    const polices = await plan(ukDay(4), { leadAgencyId: police }, policePartner);
    expect((await begin(polices, ukDay(0), policePartner)).data.beginIntervention).toMatchObject({ status: 'ACTIVE', startedOn: ukDay(0) });
  });

  it('refuses an analyst, who only reads', async () => {
    const id = await plan(ukDay(4));
    expect((await begin(id, ukDay(0), analyst)).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await rowOf(id)).toMatchObject({ status: 'PLANNED' });
  });

  it('treats planned work of a family the caller cannot see exactly like unknown work', async () => {
    const theirs = ledBy(otherLeadWorker).find((f) => !partnerSees(schoolPartner, f))!;
    const id = await plan(ukDay(4), { familyId: theirs.id }, otherLeadWorker);
    for (const identity of [leadWorker, schoolPartner]) {
      const result = await begin(id, ukDay(0), identity);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ message: `No intervention with id ${id}`, extensions: { code: 'NOT_FOUND' } });
    }
    expect(await rowOf(id)).toMatchObject({ status: 'PLANNED' });
    const unknown = randomUUID();
    expect((await begin(unknown, ukDay(0))).errors?.[0]).toMatchObject({ message: `No intervention with id ${unknown}`, extensions: { code: 'NOT_FOUND' } });
    // Its own lead worker can, so the refusals were about who asked.
    expect((await begin(id, ukDay(0), otherLeadWorker)).errors).toBeUndefined();
  });
});

describe('withdrawing planned work before it starts', () => {
  it('withdraws it on the day it was called off, before its planned start, as never begun', async () => {
    const id = await plan(ukDay(30));
    const result = await end(id, 'WITHDRAWN', ukDay(0));
    expect(result.errors).toBeUndefined();
    expect(result.data.endIntervention).toMatchObject({ status: 'WITHDRAWN', startedOn: ukDay(30), plannedStartOn: ukDay(30), begun: false, endedOn: ukDay(0) });
    expect(await rowOf(id)).toEqual({ status: 'WITHDRAWN', startedOn: ukDay(30), plannedStartOn: ukDay(30), endedOn: ukDay(0), begun: false });
  });

  it('withdraws planned work whose planned day has passed without it beginning, on any day that has come', async () => {
    const id = await plan(ukDay(-10));
    expect((await end(id, 'WITHDRAWN', ukDay(-12))).data.endIntervention).toMatchObject({ status: 'WITHDRAWN', endedOn: ukDay(-12), begun: false });
    const later = await plan(ukDay(-10));
    expect((await end(later, 'WITHDRAWN', ukDay(-2))).data.endIntervention).toMatchObject({ status: 'WITHDRAWN', endedOn: ukDay(-2), begun: false });
  });

  it('refuses to complete planned work, which has not begun, against its status', async () => {
    const id = await plan(ukDay(-3));
    const result = await end(id, 'COMPLETED', ukDay(0));
    expect(result.errors?.[0]).toMatchObject({
      message: `Intervention ${id} has not started, so it cannot be COMPLETED: mark it as started first, or withdraw it`,
      extensions: { code: 'BAD_USER_INPUT', field: 'status' },
    });
    expect(await rowOf(id)).toMatchObject({ status: 'PLANNED', endedOn: null });
    expect((await end(id, 'WITHDRAWN', ukDay(1))).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' } });
  });

  it('still refuses to end work recorded as under way before it started', async () => {
    const active = await ask(START, { input: { familyId: family.id, modelCode: 'BRIEF_INTERVENTION', startedOn: ukDay(-5), leadAgencyId: familiesForChange } });
    const id = active.data.startIntervention.id;
    expect((await end(id, 'WITHDRAWN', ukDay(-6))).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' } });
    expect(await rowOf(id)).toMatchObject({ status: 'ACTIVE', endedOn: null });
  });

  it('is allowed by the database only for withdrawn work that never began', async () => {
    const refusedBy = async (sql: string, constraint: string) => expect(subgraph.db.query(sql, [family.id, familiesForChange])).rejects.toThrow(constraint);
    const insert = (status: string, beganAt: string, plannedStartOn: string) =>
      `INSERT INTO interventions.intervention (family_id, model_code, status, started_on, planned_start_on, ended_on, began_at, lead_agency_id, recorded_by)
       VALUES ($1, 'BRIEF_INTERVENTION', '${status}', '2026-09-10', ${plannedStartOn}, '2026-09-01', ${beganAt}, $2, 'test')`;
    await refusedBy(insert('WITHDRAWN', 'now()', `'2026-09-10'`), 'intervention_ends_after_start');
    await refusedBy(insert('COMPLETED', 'now()', 'NULL'), 'intervention_ends_after_start');
    await refusedBy(insert('COMPLETED', 'NULL', `'2026-09-10'`), 'intervention_begun_unless_planned');
    await refusedBy(insert('WITHDRAWN', 'NULL', 'NULL'), 'intervention_unbegun_work_was_planned');
    await refusedBy(
      `INSERT INTO interventions.intervention (family_id, model_code, status, started_on, planned_start_on, lead_agency_id, recorded_by)
       VALUES ($1, 'BRIEF_INTERVENTION', 'PLANNED', '2026-09-10', '2026-09-12', $2, 'test')`,
      'intervention_planned_start_while_planned',
    );
    await expect(subgraph.db.query(`${insert('WITHDRAWN', 'NULL', `'2026-09-10'`)} RETURNING id`, [family.id, familiesForChange])).resolves.toHaveLength(1);
  });
});

describe('the migration for planned work', () => {
  it('runs a second time as a no-op, leaving begun, planned and withdrawn-before-start work as it was', async () => {
    const everything = () =>
      subgraph.db.query(`SELECT id, status, started_on::text, planned_start_on::text, ended_on::text, began_at, xmin::text FROM interventions.intervention ORDER BY id`);
    const before = await everything();
    expect(before.some((row: any) => row.status === 'WITHDRAWN' && row.began_at === null)).toBe(true);
    expect(await migrate(subgraph.db, 'interventions')).toEqual([]);
    expect(await everything()).toEqual(before);
  });

  it('counts earlier work as begun when it was recorded unless still planned, and undoes itself (rolled back here)', async () => {
    const runner = subgraph.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new PlannedWork1732400000001();
      await migration.down(runner);
      const columns = async () =>
        (await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'interventions' AND table_name = 'intervention' ORDER BY column_name`)).map(
          (row: any) => row.column_name,
        );
      expect(await columns()).not.toContain('began_at');
      // Called off before its planned start: the earlier table can only say it was due the day it was called off.
      const [{ count: impossibleBefore }] = await runner.query(`SELECT count(*)::int AS count FROM interventions.intervention WHERE ended_on < started_on`);
      expect(impossibleBefore).toBe(0);

      await migration.up(runner);
      expect(await columns()).toEqual(expect.arrayContaining(['began_at', 'planned_start_on']));
      const [summary] = await runner.query(`
        SELECT count(*) FILTER (WHERE status = 'PLANNED' AND (planned_start_on IS DISTINCT FROM started_on OR began_at IS NOT NULL))::int AS bad_planned,
               count(*) FILTER (WHERE status <> 'PLANNED' AND began_at IS DISTINCT FROM created_at)::int AS bad_begun,
               count(*) FILTER (WHERE status = 'PLANNED')::int AS planned
        FROM interventions.intervention`);
      expect(summary).toEqual({ bad_planned: 0, bad_begun: 0, planned: expect.any(Number) });
      expect(summary.planned).toBeGreaterThan(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const [{ count }] = await subgraph.db.query(`SELECT count(*)::int AS count FROM interventions.intervention WHERE status = 'WITHDRAWN' AND began_at IS NULL`);
    expect(count).toBeGreaterThan(0);
  });
});

describe('the chronology of planned work', () => {
  const modelName = (code: string) => INTERVENTION_MODELS.find((m) => m.code === code)!.name;
  const dayStart = (day: string) => `${day}T00:00:00.000Z`;
  const utcDay = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
  const EVENTS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { interventionEvents { at kind summary } } } }`;
  const eventsOf = async (familyId: string) => (await ask(EVENTS, { representations: asRepresentations([familyId]) }, manager)).data._entities[0].interventionEvents;
  // Families with no demo interventions, so their chronology holds only what these tests record (as a manager, who sees every family).
  const [quiet1, quiet2, quiet3] = demoFamilies().filter((f) => f.interventions.length === 0);
  const planFor = (familyId: string, startsOn: string, modelCode = 'EVIDENCE_BASED_PROGRAMME') => plan(startsOn, { familyId, modelCode }, manager);
  const createdAt = async (id: string) => (await subgraph.db.query('SELECT created_at, began_at FROM interventions.intervention WHERE id = $1', [id]))[0];

  it('shows work begun on another day than planned as planned, then started on the day it actually began', async () => {
    const name = modelName('EVIDENCE_BASED_PROGRAMME');
    const id = await planFor(quiet1!.id, utcDay(-10));
    await begin(id, utcDay(-7), manager);
    expect(await eventsOf(quiet1!.id)).toEqual([
      { at: dayStart(utcDay(-7)), kind: 'INTERVENTION_STARTED', summary: `${name} started` },
      { at: dayStart(utcDay(-10)), kind: 'INTERVENTION_PLANNED', summary: `${name} planned, to start on ${utcDay(-10)}` },
    ]);
  });

  it('places a start marked on the day it began at the moment it was marked', async () => {
    const name = modelName('OPPORTUNITIES_FUND');
    const id = await planFor(quiet2!.id, utcDay(5), 'OPPORTUNITIES_FUND');
    await begin(id, utcDay(0), manager);
    const { created_at: plannedAt, began_at: beganAt } = await createdAt(id);
    expect(await eventsOf(quiet2!.id)).toEqual([
      { at: beganAt.toISOString(), kind: 'INTERVENTION_STARTED', summary: `${name} started` },
      { at: plannedAt.toISOString(), kind: 'INTERVENTION_PLANNED', summary: `${name} planned, to start on ${utcDay(5)}` },
    ]);
  });

  it('says planned work called off before it began was withdrawn before it started, never before it was planned', async () => {
    const name = modelName('EMPLOYABILITY_SUPPORT');
    const id = await planFor(quiet3!.id, utcDay(20), 'EMPLOYABILITY_SUPPORT');
    // Called off, as the worker tells it, the day before it was recorded as planned: the end is not placed before the plan.
    await end(id, 'WITHDRAWN', ukDay(-1), manager);
    const { created_at: plannedAt } = await createdAt(id);
    expect(await eventsOf(quiet3!.id)).toEqual([
      { at: plannedAt.toISOString(), kind: 'INTERVENTION_ENDED', summary: `${name} withdrawn before it started` },
      { at: plannedAt.toISOString(), kind: 'INTERVENTION_PLANNED', summary: `${name} planned, to start on ${utcDay(20)}` },
    ]);
  });
});
