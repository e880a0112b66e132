import { randomUUID } from 'node:crypto';
import type { Identity } from '@hearth/auth';
import { demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { DEFAULT_OUTCOME_MEASURES, DEFAULT_OUTCOMES_PLAN_NAME } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertDefaultOutcomesPlan } from '../src/reference-data/outcomes-plan.ts';
import { seedDemoProgress } from '../src/seed/demo.ts';
import { outcomesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const otherLeadWorker = demoIdentity('daniel.hughes')!;
const coordinator = demoIdentity('priya.patel')!;
const manager = demoIdentity('helen.carter')!;
const partner = demoIdentity('mark.wilson')!;
const analyst = demoIdentity('tom.lee')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) =>
  postGraphQL<any>(subgraph.url, query, variables, { identity });

const planPosition = new Map(DEFAULT_OUTCOME_MEASURES.map((m, i) => [m.code, i]));
const withProgress = demoFamilies().filter((f) => f.progress.length > 0);
const withoutProgress = demoFamilies().filter((f) => f.progress.length === 0);
// Reading tests use the front of the cohort, recording tests the back, so they cannot disturb each other.
const readFamilies = withProgress.slice(0, 50);
// Led by the lead worker, so the co-ordinator and manager of their area may record against them too.
const recordFamilies = withProgress.filter((f) => f.leadWorkerId === leadWorker.sub && !readFamilies.includes(f)).slice(-5);

const PROGRESS_OF_FAMILIES = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Family { id outcomeProgress { id familyId problemCode status note updatedAt measure { code route } } }
    }
  }`;
const PROGRESS_WITH_HISTORY = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Family { id outcomeProgress { id status measure { code } history { status note recordedAt recordedBy } } }
    }
  }`;
const RECORD_PROGRESS = `
  mutation($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      id familyId problemCode status note updatedAt measure { code sustainedForWeeks }
      history { status note recordedAt recordedBy }
    }
  }`;

const asFamilies = (families: { id: string }[]) => ({ representations: families.map((f) => ({ __typename: 'Family', id: f.id })) });
const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM outcomes.${table}`))[0].count);
const progressAndHistoryCounts = async () => [await count('outcome_progress'), await count('progress_history')];

beforeAll(async () => {
  subgraph = await startSubgraphForTest(outcomesSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('outcomes subgraph', () => {
  it('serves the default Outcomes Plan exactly as the programme lists it, in plan order', async () => {
    const result = await ask(`{ outcomesPlan { id name measures { code problemCode route description sustainedForWeeks } } }`, {}, partner);
    expect(result.errors).toBeUndefined();
    expect(result.data.outcomesPlan.name).toBe(DEFAULT_OUTCOMES_PLAN_NAME);
    expect(result.data.outcomesPlan.measures).toEqual(
      DEFAULT_OUTCOME_MEASURES.map(({ code, problemCode, route, description, sustainedForWeeks }) => ({
        code,
        problemCode,
        route,
        description,
        sustainedForWeeks,
      })),
    );
  });

  it("extends Family with the demo families' progress, in plan order", async () => {
    const families = [...readFamilies.slice(0, 4), withoutProgress[0]!];
    const result = await ask(PROGRESS_OF_FAMILIES, asFamilies(families));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((f: any) => f.id)).toEqual(families.map((f) => f.id));
    families.forEach((family, i) => {
      const expected = [...family.progress]
        .sort((a, b) => planPosition.get(a.measureCode)! - planPosition.get(b.measureCode)!)
        .map((p) => {
          const measure = DEFAULT_OUTCOME_MEASURES.find((m) => m.code === p.measureCode)!;
          return {
            id: p.id,
            familyId: family.id,
            problemCode: measure.problemCode,
            status: p.status,
            note: null,
            updatedAt: new Date(p.updatedAt).toISOString(),
            measure: { code: measure.code, route: measure.route },
          };
        });
      expect(result.data._entities[i].outcomeProgress).toEqual(expected);
    });
    expect(result.data._entities[4].outcomeProgress).toEqual([]);
  });

  it('gives each demo progress row the history entry that explains it', async () => {
    const family = readFamilies[0]!;
    const result = await ask(PROGRESS_WITH_HISTORY, asFamilies([family]));
    expect(result.errors).toBeUndefined();
    for (const row of result.data._entities[0].outcomeProgress) {
      const demo = family.progress.find((p) => p.id === row.id)!;
      expect(row.history).toEqual([{ status: demo.status, note: null, recordedAt: new Date(demo.updatedAt).toISOString(), recordedBy: family.leadWorkerId }]);
    }
  });

  it('reads progress for 50 families in as many statements as for 5: one, plus one for all their history', async () => {
    const statementsFor = async (query: string, families: { id: string }[]) => {
      const before = subgraph.statements.count;
      const result = await ask(query, asFamilies(families));
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.filter((f: any) => f.outcomeProgress.length > 0)).toHaveLength(families.length);
      return subgraph.statements.count - before;
    };
    expect(readFamilies).toHaveLength(50);
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await statementsFor(PROGRESS_OF_FAMILIES, readFamilies.slice(0, 5))).toBe(2);
    expect(await statementsFor(PROGRESS_OF_FAMILIES, readFamilies)).toBe(2);
    expect(await statementsFor(PROGRESS_WITH_HISTORY, readFamilies.slice(0, 5))).toBe(3);
    expect(await statementsFor(PROGRESS_WITH_HISTORY, readFamilies)).toBe(3);
  });

  describe('recordProgress', () => {
    it("updates the family's row for a measure and puts the change on top of its history", async () => {
      const family = recordFamilies[0]!;
      const demo = family.progress[0]!;
      const before = await progressAndHistoryCounts();
      const result = await ask(
        RECORD_PROGRESS,
        { input: { familyId: family.id, measureCode: demo.measureCode, status: 'SUSTAINED', note: '  Three terms above 90% attendance, confirmed by the school  ' } },
        leadWorker,
      );
      expect(result.errors).toBeUndefined();
      const progress = result.data.recordProgress;
      expect(progress).toMatchObject({
        id: demo.id,
        familyId: family.id,
        status: 'SUSTAINED',
        note: 'Three terms above 90% attendance, confirmed by the school',
        measure: { code: demo.measureCode },
      });
      expect(progress.history).toHaveLength(2);
      expect(progress.history[0]).toEqual({
        status: 'SUSTAINED',
        note: 'Three terms above 90% attendance, confirmed by the school',
        recordedAt: progress.updatedAt,
        recordedBy: leadWorker.sub,
      });
      expect(progress.history[1]).toMatchObject({ status: demo.status, recordedAt: new Date(demo.updatedAt).toISOString() });
      expect(await progressAndHistoryCounts()).toEqual([before[0], before[1]! + 1]);
    });

    it('starts a row for a measure the family had none for, and the family shows it in plan order', async () => {
      const family = recordFamilies[1]!;
      const measure = DEFAULT_OUTCOME_MEASURES.find((m) => !family.progress.some((p) => p.measureCode === m.code))!;
      const before = await progressAndHistoryCounts();
      const recorded = await ask(RECORD_PROGRESS, { input: { familyId: family.id, measureCode: measure.code, status: 'IN_PROGRESS' } }, coordinator);
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data.recordProgress).toMatchObject({
        familyId: family.id,
        problemCode: measure.problemCode,
        status: 'IN_PROGRESS',
        note: null,
        measure: { code: measure.code, sustainedForWeeks: measure.sustainedForWeeks },
        history: [{ status: 'IN_PROGRESS', note: null, recordedBy: coordinator.sub }],
      });
      expect(await progressAndHistoryCounts()).toEqual([before[0]! + 1, before[1]! + 1]);

      const read = await ask(PROGRESS_WITH_HISTORY, asFamilies([family]));
      const codes = read.data._entities[0].outcomeProgress.map((p: any) => p.measure.code);
      expect(codes).toContain(measure.code);
      expect(codes).toEqual([...codes].sort((a: string, b: string) => planPosition.get(a)! - planPosition.get(b)!));
    });

    it('keeps every change, newest first, when the same measure is recorded again', async () => {
      const family = recordFamilies[2]!;
      const measureCode = family.progress[0]!.measureCode;
      for (const [status, identity] of [['IN_PROGRESS', leadWorker], ['ACHIEVED', coordinator], ['SUSTAINED', manager]] as const) {
        const result = await ask(RECORD_PROGRESS, { input: { familyId: family.id, measureCode, status, note: `Reviewed: ${status}` } }, identity);
        expect(result.errors).toBeUndefined();
      }
      const read = await ask(PROGRESS_WITH_HISTORY, asFamilies([family]));
      const row = read.data._entities[0].outcomeProgress.find((p: any) => p.measure.code === measureCode);
      expect(row.status).toBe('SUSTAINED');
      expect(row.history.map((h: any) => [h.status, h.recordedBy])).toEqual([
        ['SUSTAINED', manager.sub],
        ['ACHIEVED', coordinator.sub],
        ['IN_PROGRESS', leadWorker.sub],
        [family.progress[0]!.status, family.leadWorkerId],
      ]);
    });
  });

  describe('for a family the caller cannot see, or that does not exist', () => {
    type Target = Pick<DemoFamily, 'id' | 'progress'>;
    const input = (family: Target) => ({
      familyId: family.id,
      measureCode: family.progress[0]?.measureCode ?? DEFAULT_OUTCOME_MEASURES[0]!.code,
      status: 'ACHIEVED',
    });

    const refusedAsUnknown = async (family: Target, identity: Identity) => {
      const before = await progressAndHistoryCounts();
      const result = await ask(RECORD_PROGRESS, { input: input(family) }, identity);
      expect(result.status).toBe(200);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ message: `No family with id ${family.id}`, extensions: { code: 'NOT_FOUND' } });
      expect(await progressAndHistoryCounts()).toEqual(before);
    };

    /** The same progress from someone who can see the family is recorded, so the refusal was about who asked. */
    const acceptedFrom = async (family: Target, identity: Identity) => {
      const before = await progressAndHistoryCounts();
      const result = await ask(RECORD_PROGRESS, { input: input(family) }, identity);
      expect(result.errors).toBeUndefined();
      expect(result.data.recordProgress).toMatchObject({ familyId: family.id, status: 'ACHIEVED' });
      expect(await progressAndHistoryCounts()).toEqual([before[0], before[1]! + 1]);
    };

    it('refuses a lead worker recording against a family someone else leads', async () => {
      const theirs = withProgress.find((f) => f.leadWorkerId === otherLeadWorker.sub && !readFamilies.includes(f))!;
      await refusedAsUnknown(theirs, leadWorker);
      await acceptedFrom(theirs, otherLeadWorker);
    });

    it('refuses a co-ordinator recording against a family outside their areas', async () => {
      const elsewhere = withProgress.find((f) => !coordinator.areas.includes(f.area) && !readFamilies.includes(f))!;
      await refusedAsUnknown(elsewhere, coordinator);
      await acceptedFrom(elsewhere, manager);
    });

    it('refuses a well-formed id of a family that does not exist, in the same words', async () => {
      await refusedAsUnknown({ id: randomUUID(), progress: [] }, leadWorker);
      await refusedAsUnknown({ id: randomUUID(), progress: [] }, manager);
    });
  });

  describe('bad input gets a clear error and writes nothing', () => {
    const family = () => recordFamilies[3]!;
    const measureCode = () => family().progress[0]!.measureCode;

    // A value the schema itself rejects is refused before execution, which Apollo answers with HTTP 400.
    const refused = async (input: Record<string, unknown>, identity = leadWorker, httpStatus = 200) => {
      const before = await progressAndHistoryCounts();
      const result = await ask(RECORD_PROGRESS, { input }, identity);
      expect(result.status).toBe(httpStatus);
      expect(result.data ?? null).toBeNull();
      expect(JSON.stringify(result)).not.toContain('stacktrace');
      expect(await progressAndHistoryCounts()).toEqual(before);
      return result.errors![0]!;
    };

    it('a malformed family id', async () => {
      const error = await refused({ familyId: 'FAM-000001', measureCode: measureCode(), status: 'ACHIEVED' });
      expect(error).toMatchObject({ message: '"FAM-000001" is not a valid family id', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('an unknown outcome measure', async () => {
      const error = await refused({ familyId: family().id, measureCode: 'OP_NOT_IN_THE_PLAN', status: 'ACHIEVED' });
      expect(error).toMatchObject({ message: 'No outcome measure with code OP_NOT_IN_THE_PLAN', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('an empty measure code and a blank note, both named', async () => {
      const error = await refused({ familyId: family().id, measureCode: '  ', status: 'ACHIEVED', note: '   ' });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('measureCode must not be empty');
      expect(error.message).toContain('note must not be blank');
    });

    it('a note longer than 2000 characters', async () => {
      const error = await refused({ familyId: family().id, measureCode: measureCode(), status: 'ACHIEVED', note: 'x'.repeat(2001) });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toBe('Invalid input: note must be at most 2000 characters');
    });

    it('a status the programme does not have', async () => {
      const error = await refused({ familyId: family().id, measureCode: measureCode(), status: 'NEARLY_THERE' }, leadWorker, 400);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('NEARLY_THERE');
    });

    it('partners and analysts may not record progress', async () => {
      for (const identity of [partner, analyst, testIdentity('PARTNER')]) {
        const error = await refused({ familyId: family().id, measureCode: measureCode(), status: 'SUSTAINED' }, identity);
        expect(error.extensions?.code).toBe('FORBIDDEN');
        expect(error.message).toContain('cannot record outcome progress');
      }
    });

    it('a malformed family id in a representation', async () => {
      const result = await ask(PROGRESS_OF_FAMILIES, { representations: [{ __typename: 'Family', id: 'not-an-id' }] });
      expect(result.errors?.[0]).toMatchObject({ message: '"not-an-id" is not a valid family id', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  it('refuses a direct call without the gateway signature, and one signed with another secret', async () => {
    const unsigned = await postGraphQL(subgraph.url, '{ outcomesPlan { name } }');
    expect(unsigned.status).toBe(401);
    expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(subgraph.url, '{ outcomesPlan { name } }', {}, { identity: manager, secret: 'someone-elses-secret' });
    expect(forged.status).toBe(401);
  });

  describe('start-up work is safe to repeat', () => {
    // xmin changes whenever PostgreSQL rewrites a row, so equal snapshots mean nothing was touched.
    const catalogue = () =>
      subgraph.db.query(`
        SELECT p.name, p.is_default, p.xmin::text AS plan_version, m.code, m.problem_code, m.route, m.description, m.sustained_for_weeks, m.position, m.xmin::text AS measure_version
        FROM outcomes.outcomes_plan p JOIN outcomes.outcome_measure m ON m.plan_id = p.id
        ORDER BY m.position`);

    it('runs migrations a second time as a no-op', async () => {
      expect(await migrate(subgraph.db, 'outcomes')).toEqual([]);
    });

    it('inserts nothing when the demo seed runs again', async () => {
      const before = await progressAndHistoryCounts();
      expect(before[0]).toBeGreaterThanOrEqual(demoFamilies().flatMap((f) => f.progress).length);
      await seedDemoProgress(subgraph.db);
      expect(await progressAndHistoryCounts()).toEqual(before);
    });

    it('changes nothing when reference data runs again, and puts back a measure that drifted from the catalogue', async () => {
      const before = await catalogue();
      expect(before).toHaveLength(DEFAULT_OUTCOME_MEASURES.length);
      await upsertDefaultOutcomesPlan(subgraph.db);
      expect(await catalogue()).toEqual(before);

      await subgraph.db.query(`UPDATE outcomes.outcome_measure SET description = 'edited by hand', sustained_for_weeks = 1 WHERE code = $1`, [
        DEFAULT_OUTCOME_MEASURES[0]!.code,
      ]);
      await upsertDefaultOutcomesPlan(subgraph.db);
      const repaired = await ask(`{ outcomesPlan { measures { code description sustainedForWeeks } } }`);
      expect(repaired.data.outcomesPlan.measures[0]).toEqual({
        code: DEFAULT_OUTCOME_MEASURES[0]!.code,
        description: DEFAULT_OUTCOME_MEASURES[0]!.description,
        sustainedForWeeks: DEFAULT_OUTCOME_MEASURES[0]!.sustainedForWeeks,
      });
    });
  });
});
