import { randomUUID } from 'node:crypto';
import type { Identity } from '@hearth/auth';
import { DEMO_AGENCIES, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionsSubgraph } from '../src/subgraph.ts';
import { todayInUk } from '@hearth/programme';
import { countInterventions, flatten, INTERVENTION_FIELDS, interventionsOf, ledBy, partnerSees } from './helpers.ts';

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
// Families the lead worker leads, so the co-ordinator and manager of their area see them too; the police partner
// sees otherFamily as well. Every family with a lead worker already has demo interventions.
const family = ledBy(leadWorker)[0]!;
const otherFamily = ledBy(leadWorker).find((f) => f !== family && partnerSees(policePartner, f) && coordinator.areas.includes(f.area))!;

/** A day relative to today in the UK, as the subgraph reckons today. */
const ukDay = (daysFromToday: number) => todayInUk(new Date(Date.now() + daysFromToday * 86_400_000));

const START = `mutation($input: StartInterventionInput!) { startIntervention(input: $input) { ${INTERVENTION_FIELDS} } }`;
const END = `mutation($id: ID!, $status: InterventionStatus!, $endedOn: String!) {
  endIntervention(id: $id, status: $status, endedOn: $endedOn) { ${INTERVENTION_FIELDS} } }`;

const start = (input: Record<string, unknown>, identity = leadWorker) => postGraphQL(subgraph.url, START, { input }, { identity });
const end = (variables: Record<string, unknown>, identity = leadWorker) => postGraphQL(subgraph.url, END, variables, { identity });

const aStart = (overrides: Record<string, unknown> = {}) => ({
  familyId: family.id,
  modelCode: 'EMPLOYABILITY_SUPPORT',
  startedOn: '2026-10-12',
  leadAgencyId: familiesForChange,
  ...overrides,
});

const rowsOf = (id: string) =>
  subgraph.db.query('SELECT status, ended_on::text AS "endedOn", recorded_by AS "recordedBy" FROM interventions.intervention WHERE id = $1', [id]);

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('startIntervention', () => {
  const idsOn = async (familyId: string) => (await interventionsOf(subgraph, manager, [familyId])).data!._entities[0]!.interventions.map((i: any) => i.id as string);

  it('records an ACTIVE intervention by default, visible on the family, with who recorded it', async () => {
    const demoIds = await idsOn(family.id);
    const result = await start(aStart());
    expect(result.errors).toBeUndefined();
    const started = (result.data as any).startIntervention;
    expect(flatten(started)).toEqual({
      id: expect.any(String),
      familyId: family.id,
      status: 'ACTIVE',
      startedOn: '2026-10-12',
      endedOn: null,
      modelCode: 'EMPLOYABILITY_SUPPORT',
      leadAgencyId: familiesForChange,
    });
    expect(started.model).toMatchObject({ number: 6, name: 'Employability support' });
    expect(await rowsOf(started.id)).toEqual([{ status: 'ACTIVE', endedOn: null, recordedBy: leadWorker.sub }]);

    // Exactly one more: the new one, beside the family's demo interventions, which are untouched.
    const ids = await idsOn(family.id);
    expect(ids).toHaveLength(demoIds.length + 1);
    expect(ids.filter((id) => id !== started.id)).toEqual(demoIds);
  });

  it('lets every casework role and a partner (for its own agency) start one, PLANNED if asked', async () => {
    const before = await idsOn(otherFamily.id);
    for (const [identity, leadAgencyId] of [
      [coordinator, familiesForChange],
      [manager, familiesForChange],
      [policePartner, police],
    ] as const) {
      const result = await start(aStart({ familyId: otherFamily.id, leadAgencyId, status: 'PLANNED', modelCode: 'BRIEF_INTERVENTION' }), identity);
      expect(result.errors).toBeUndefined();
      expect((result.data as any).startIntervention).toMatchObject({ status: 'PLANNED', leadAgency: { id: leadAgencyId } });
    }
    expect(await idsOn(otherFamily.id)).toHaveLength(before.length + 3);
  });

  describe('for a family the caller cannot see, or that does not exist', () => {
    const refusedAsUnknown = async (familyId: string, identity: Identity, leadAgencyId = familiesForChange) => {
      const before = await countInterventions(subgraph);
      const result = await start(aStart({ familyId, leadAgencyId }), identity);
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ message: `No family with id ${familyId}`, extensions: { code: 'NOT_FOUND' } });
      expect(await countInterventions(subgraph)).toBe(before);
    };

    /** The same start by someone who can see the family is recorded, so the refusal was about who asked. */
    const acceptedFrom = async (familyId: string, identity: Identity, leadAgencyId = familiesForChange) => {
      const before = await countInterventions(subgraph);
      const result = await start(aStart({ familyId, leadAgencyId }), identity);
      expect(result.errors).toBeUndefined();
      expect((result.data as any).startIntervention.familyId).toBe(familyId);
      expect(await countInterventions(subgraph)).toBe(before + 1);
    };

    it('refuses a lead worker starting work with a family someone else leads', async () => {
      const theirs = ledBy(otherLeadWorker)[0]!;
      await refusedAsUnknown(theirs.id, leadWorker);
      await acceptedFrom(theirs.id, otherLeadWorker);
    });

    it('refuses a partner, for its own agency, with a family its agency does not work with', async () => {
      const school = schoolPartner.agencyId!;
      const notTheirs = ledBy(leadWorker).find((f) => partnerSees(policePartner, f) && !f.engagedAgencyIds.includes(school))!;
      await refusedAsUnknown(notTheirs.id, schoolPartner, school);
      await acceptedFrom(notTheirs.id, policePartner, police);
    });

    it('refuses a well-formed id of a family that does not exist, in the same words', async () => {
      await refusedAsUnknown(randomUUID(), leadWorker);
      await refusedAsUnknown(randomUUID(), manager);
    });
  });

  describe('bad input gets a clear message and code and writes nothing', () => {
    const refused = async (input: Record<string, unknown>, identity = leadWorker) => {
      const before = await countInterventions(subgraph);
      const result = await start(input, identity);
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toContain('stacktrace');
      expect(await countInterventions(subgraph)).toBe(before);
      return result.errors![0]!;
    };

    it('an unknown model', async () => {
      expect(await refused(aStart({ modelCode: 'FAMILY_GROUP_CONFERENCE' }))).toMatchObject({
        message: 'No intervention model with code FAMILY_GROUP_CONFERENCE',
        extensions: { code: 'BAD_USER_INPUT', field: 'modelCode' },
      });
    });

    it('an empty model code', async () => {
      const error = await refused(aStart({ modelCode: '  ' }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('modelCode must not be empty');
    });

    it('a start date that is not a real YYYY-MM-DD date', async () => {
      for (const startedOn of ['2026-02-30', '12/10/2026', '2026-10-12T09:00:00Z', '']) {
        const error = await refused(aStart({ startedOn }));
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain('startedOn must be a date written YYYY-MM-DD');
      }
    });

    it('malformed family and agency ids', async () => {
      expect(await refused(aStart({ familyId: 'FAM-000001' }))).toMatchObject({
        message: '"FAM-000001" is not a valid family id',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await refused(aStart({ leadAgencyId: 'police' }))).toMatchObject({
        message: '"police" is not a valid agency id',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('starting as already ended', async () => {
      const error = await refused(aStart({ status: 'COMPLETED' }));
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('status must be one of PLANNED, ACTIVE when starting');
    });

    it('an ACTIVE intervention starting on a day still to come, which is PLANNED instead', async () => {
      expect(await refused(aStart({ startedOn: ukDay(1) }))).toMatchObject({
        message: `startedOn ${ukDay(1)} is in the future: an intervention starting later is PLANNED, not ACTIVE`,
        extensions: { code: 'BAD_USER_INPUT', field: 'startedOn' },
      });
      expect(await refused(aStart({ startedOn: ukDay(30), status: 'ACTIVE' }))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startedOn' } });
      const planned = await start(aStart({ startedOn: ukDay(30), status: 'PLANNED' }));
      expect(planned.errors).toBeUndefined();
      expect((planned.data as any).startIntervention).toMatchObject({ status: 'PLANNED', startedOn: ukDay(30) });
      const today = await start(aStart({ startedOn: ukDay(0) }));
      expect((today.data as any).startIntervention).toMatchObject({ status: 'ACTIVE', startedOn: ukDay(0) });
    });

    it('an analyst, who only reads', async () => {
      const error = await refused(aStart(), analyst);
      expect(error).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(error.message).toContain('Your role (ANALYST) cannot start interventions');
    });

    it('a partner recording work in another agency’s name', async () => {
      expect(await refused(aStart({ leadAgencyId: familiesForChange }), policePartner)).toMatchObject({
        message: 'As a partner you can only start interventions led by your own agency',
        extensions: { code: 'FORBIDDEN' },
      });
      expect(await refused(aStart(), testIdentity('PARTNER'))).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });
  });
});

describe('endIntervention', () => {
  const open = () => start(aStart({ familyId: otherFamily.id, startedOn: '2026-09-01' })).then((r) => (r.data as any).startIntervention.id as string);

  it('completes an open intervention, visible on the family', async () => {
    const id = await open();
    const result = await end({ id, status: 'COMPLETED', endedOn: '2026-10-30' });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).endIntervention).toMatchObject({ id, status: 'COMPLETED', startedOn: '2026-09-01', endedOn: '2026-10-30' });
    const read = await interventionsOf(subgraph, manager, [otherFamily.id]);
    expect(read.data!._entities[0]!.interventions.find((i: any) => i.id === id)).toMatchObject({ status: 'COMPLETED', endedOn: '2026-10-30' });
  });

  it('withdraws one on the day it started', async () => {
    const id = await open();
    const result = await end({ id, status: 'WITHDRAWN', endedOn: '2026-09-01' });
    expect((result.data as any).endIntervention).toMatchObject({ status: 'WITHDRAWN', endedOn: '2026-09-01' });
  });

  describe('bad input gets a clear message and code and changes nothing', () => {
    let id: string;
    beforeAll(async () => {
      id = await open();
    });
    const refused = async (variables: Record<string, unknown>, identity = leadWorker) => {
      const before = await rowsOf(id);
      const result = await end({ id, status: 'COMPLETED', endedOn: '2026-10-01', ...variables }, identity);
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toContain('stacktrace');
      expect(await rowsOf(id)).toEqual(before);
      expect(before[0].status).toBe('ACTIVE');
      return result.errors![0]!;
    };

    it('an end date before the start', async () => {
      expect(await refused({ endedOn: '2026-08-31' })).toMatchObject({
        message: 'endedOn 2026-08-31 is before the intervention started (2026-09-01)',
        extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' },
      });
    });

    it('an end date still to come', async () => {
      expect(await refused({ endedOn: ukDay(1) })).toMatchObject({
        message: `endedOn ${ukDay(1)} is in the future: an intervention is ended once it has ended`,
        extensions: { code: 'BAD_USER_INPUT', field: 'endedOn' },
      });
    });

    it('an end date that is not a real date', async () => {
      const error = await refused({ endedOn: '2026-09-31' });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('endedOn must be a date written YYYY-MM-DD');
    });

    it('a status that does not end it', async () => {
      const error = await refused({ status: 'ACTIVE' });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('status must be COMPLETED or WITHDRAWN to end an intervention');
    });

    it('an unknown id and a malformed one', async () => {
      expect(await refused({ id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
        message: 'No intervention with id 00000000-0000-4000-8000-000000000000',
        extensions: { code: 'NOT_FOUND' },
      });
      expect(await refused({ id: 'INT-1' })).toMatchObject({ message: '"INT-1" is not a valid intervention id', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('an analyst, and a partner of another agency', async () => {
      expect((await refused({}, analyst)).extensions?.code).toBe('FORBIDDEN');
      expect(await refused({}, policePartner)).toMatchObject({
        message: 'As a partner you can only end interventions led by your own agency',
        extensions: { code: 'FORBIDDEN' },
      });
    });
  });

  it('treats an intervention of a family the caller cannot see exactly like an unknown one, and changes nothing', async () => {
    const theirs = ledBy(otherLeadWorker).find((f) => !partnerSees(schoolPartner, f) && f.interventions.some((i) => i.status === 'ACTIVE'))!;
    const intervention = theirs.interventions.find((i) => i.status === 'ACTIVE')!;
    const before = await rowsOf(intervention.id);
    expect(before[0].status).toBe('ACTIVE');
    for (const identity of [
      leadWorker,
      // NOT_FOUND rather than FORBIDDEN: a partner of another agency learns nothing about a family it cannot see.
      schoolPartner,
    ]) {
      const result = await end({ id: intervention.id, status: 'COMPLETED', endedOn: '2026-10-31' }, identity);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ message: `No intervention with id ${intervention.id}`, extensions: { code: 'NOT_FOUND' } });
    }
    expect(await rowsOf(intervention.id)).toEqual(before);

    // Its own lead worker can end it, so the refusals were about who asked.
    const ended = await end({ id: intervention.id, status: 'WITHDRAWN', endedOn: '2026-10-31' }, otherLeadWorker);
    expect(ended.errors).toBeUndefined();
    expect(await rowsOf(intervention.id)).toEqual([{ ...before[0], status: 'WITHDRAWN', endedOn: '2026-10-31' }]);
  });

  it('refuses to end an intervention recorded, before families were asked, against a family that does not exist', async () => {
    const [{ id }] = await subgraph.db.query(
      `INSERT INTO interventions.intervention (family_id, model_code, status, started_on, lead_agency_id, recorded_by, began_at)
       VALUES ($1, 'BRIEF_INTERVENTION', 'ACTIVE', '2026-09-01', $2, 'test', now()) RETURNING id`,
      [randomUUID(), familiesForChange],
    );
    const before = await rowsOf(id);
    for (const identity of [leadWorker, manager]) {
      const result = await end({ id, status: 'COMPLETED', endedOn: '2026-10-31' }, identity);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]).toMatchObject({ message: `No intervention with id ${id}`, extensions: { code: 'NOT_FOUND' } });
    }
    expect(await rowsOf(id)).toEqual(before);
  });

  it('ends one today', async () => {
    const id = await open();
    const result = await end({ id, status: 'COMPLETED', endedOn: ukDay(0) });
    expect(result.errors).toBeUndefined();
    expect(await rowsOf(id)).toEqual([{ status: 'COMPLETED', endedOn: ukDay(0), recordedBy: leadWorker.sub }]);
  });

  it('refuses to end an intervention twice', async () => {
    const id = await open();
    await end({ id, status: 'COMPLETED', endedOn: '2026-10-01' });
    const again = await end({ id, status: 'WITHDRAWN', endedOn: '2026-10-20' });
    expect(again.errors?.[0]).toMatchObject({ message: `Intervention ${id} has already ended (COMPLETED on 2026-10-01)`, extensions: { code: 'CONFLICT' } });
    expect(await rowsOf(id)).toEqual([{ status: 'COMPLETED', endedOn: '2026-10-01', recordedBy: leadWorker.sub }]);
  });

  it('lets only one of two people ending it at the same moment succeed', async () => {
    const id = await open();
    const results = await Promise.all([
      end({ id, status: 'COMPLETED', endedOn: '2026-10-02' }),
      end({ id, status: 'WITHDRAWN', endedOn: '2026-10-03' }, coordinator),
    ]);
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = (results.find((r) => !r.errors)!.data as any).endIntervention;
    expect(await rowsOf(id)).toEqual([{ status: winner.status, endedOn: winner.endedOn, recordedBy: leadWorker.sub }]);
  });

  it('refuses to end a demo intervention that the cohort already shows as completed', async () => {
    const completed = demoFamilies().flatMap((f) => f.interventions).find((i) => i.status === 'COMPLETED')!;
    const result = await end({ id: completed.id, status: 'COMPLETED', endedOn: '2026-10-31' }, manager);
    expect(result.errors?.[0]).toMatchObject({ message: `Intervention ${completed.id} has already ended (COMPLETED)`, extensions: { code: 'CONFLICT' } });
  });
});
