import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { DEFAULT_OUTCOME_MEASURES } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgressEffectiveDay1732400000001 } from '../src/migrations/1732400000001-progress-effective-day.ts';
import { outcomesSubgraph } from '../src/subgraph.ts';
import { todayInUk } from '@hearth/programme';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const coordinator = demoIdentity('priya.patel')!;
const manager = demoIdentity('helen.carter')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });

const RECORD_PROGRESS = `
  mutation($input: RecordProgressInput!) {
    recordProgress(input: $input) { id status note effectiveOn updatedAt measure { code } }
  }`;
const HISTORY = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Family { outcomeProgress { id status effectiveOn measure { code } history { id status previousStatus note effectiveOn recordedAt recordedBy recorder { id } } } }
    }
  }`;

// Each test takes its own family of the lead worker's, so none sees another's changes.
const families = demoFamilies().filter((f) => f.leadWorkerId === leadWorker.sub && f.progress.length > 0);
const counts = async () => (await subgraph.db.query(`SELECT (SELECT count(*) FROM outcomes.outcome_progress)::int AS p, (SELECT count(*) FROM outcomes.progress_history)::int AS h`))[0];

async function historyOf(familyId: string, measureCode: string) {
  const result = await ask(HISTORY, { representations: [{ __typename: 'Family', id: familyId }] });
  expect(result.errors).toBeUndefined();
  return result.data._entities[0].outcomeProgress.find((p: any) => p.measure.code === measureCode);
}

const record = (input: Record<string, unknown>, identity = leadWorker) => ask(RECORD_PROGRESS, { input }, identity);

beforeAll(async () => {
  subgraph = await startSubgraphForTest(outcomesSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('the day progress took effect', () => {
  it('is the day the worker gives, or today in the UK when they give none', async () => {
    const family = families[0]!;
    const demo = family.progress[0]!;
    const demoDay = demo.updatedAt.slice(0, 10);
    const onTheDay = await record({ familyId: family.id, measureCode: demo.measureCode, status: 'IN_PROGRESS', effectiveOn: demoDay });
    expect(onTheDay.errors).toBeUndefined();
    expect(onTheDay.data.recordProgress).toMatchObject({ status: 'IN_PROGRESS', effectiveOn: demoDay });

    const today = await record({ familyId: family.id, measureCode: demo.measureCode, status: 'ACHIEVED' });
    expect(today.errors).toBeUndefined();
    expect(today.data.recordProgress.effectiveOn).toBe(todayInUk());
    expect((await historyOf(family.id, demo.measureCode)).effectiveOn).toBe(todayInUk());
  });

  it('is refused, against its field and with nothing written, when before the day of the measure’s current status', async () => {
    const family = families[1]!;
    const demo = family.progress[0]!;
    const current = await record({ familyId: family.id, measureCode: demo.measureCode, status: 'IN_PROGRESS', effectiveOn: '2026-11-03' });
    expect(current.errors).toBeUndefined();

    const before = await counts();
    const earlier = await record({ familyId: family.id, measureCode: demo.measureCode, status: 'ACHIEVED', note: 'Figures from last month', effectiveOn: '2026-11-02' });
    expect(earlier.data ?? null).toBeNull();
    expect(earlier.errors).toHaveLength(1);
    expect(earlier.errors![0]).toMatchObject({
      message: 'The date must be on or after 3 November 2026, when the family’s current status against this measure took effect',
      extensions: { code: 'BAD_USER_INPUT', field: 'effectiveOn' },
    });
    expect(await counts()).toEqual(before);
    expect(await historyOf(family.id, demo.measureCode)).toMatchObject({ status: 'IN_PROGRESS', effectiveOn: '2026-11-03' });

    // Another measure of the same family has its own current day.
    const other = measureNotIn(family.progress.map((p) => p.measureCode));
    const elsewhere = await record({ familyId: family.id, measureCode: other, status: 'IN_PROGRESS', effectiveOn: '2026-11-02' });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('is refused when in the future or not a real date', async () => {
    const family = families[2]!;
    const measureCode = family.progress[0]!.measureCode;
    const before = await counts();
    for (const effectiveOn of ['2999-01-01', '2026-02-30', '1/3/2026']) {
      const result = await record({ familyId: family.id, measureCode, status: 'ACHIEVED', effectiveOn });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe('Invalid input: effectiveOn must be a date in the past, written YYYY-MM-DD');
    }
    expect(await counts()).toEqual(before);
  });
});

describe("a measure's history", () => {
  it('says, newest first, what each change moved from and to, the day it took effect, and who recorded it', async () => {
    const family = families[3]!;
    const demo = family.progress[0]!;
    const demoDay = demo.updatedAt.slice(0, 10);
    for (const [status, identity, note] of [
      ['IN_PROGRESS', leadWorker, 'Attendance up to 86%'],
      ['ACHIEVED', coordinator, null],
    ] as const) {
      const result = await record({ familyId: family.id, measureCode: demo.measureCode, status, note, effectiveOn: '2026-11-05' }, identity);
      expect(result.errors).toBeUndefined();
    }
    const row = await historyOf(family.id, demo.measureCode);
    expect(row.history.map(({ id: _id, recordedAt: _at, ...change }: any) => change)).toEqual([
      { status: 'ACHIEVED', previousStatus: 'IN_PROGRESS', note: null, effectiveOn: '2026-11-05', recordedBy: coordinator.sub, recorder: { id: coordinator.sub } },
      { status: 'IN_PROGRESS', previousStatus: demo.status, note: 'Attendance up to 86%', effectiveOn: '2026-11-05', recordedBy: leadWorker.sub, recorder: { id: leadWorker.sub } },
      { status: demo.status, previousStatus: null, note: null, effectiveOn: demoDay, recordedBy: family.leadWorkerId, recorder: { id: family.leadWorkerId } },
    ]);
    expect(new Set(row.history.map((change: any) => change.id)).size).toBe(3);
  });

  it('keeps each measure’s "from" to its own changes when several measures are read together', async () => {
    const family = families.find((f, i) => i > 3 && f.progress.length >= 2)!;
    const [first, second] = family.progress;
    expect((await record({ familyId: family.id, measureCode: first!.measureCode, status: 'SUSTAINED' })).errors).toBeUndefined();
    expect((await record({ familyId: family.id, measureCode: second!.measureCode, status: 'NOT_STARTED' })).errors).toBeUndefined();
    const [a, b] = await Promise.all([historyOf(family.id, first!.measureCode), historyOf(family.id, second!.measureCode)]);
    expect(a.history.map((c: any) => [c.previousStatus, c.status])).toEqual([[first!.status, 'SUSTAINED'], [null, first!.status]]);
    expect(b.history.map((c: any) => [c.previousStatus, c.status])).toEqual([[second!.status, 'NOT_STARTED'], [null, second!.status]]);
  });

  it('names no worker for a change recorded by someone who is not in the worker directory', async () => {
    const family = families[5]!;
    const measureCode = family.progress[0]!.measureCode;
    const importer = { ...manager, sub: 'nightly-import', name: 'Nightly import' };
    expect((await record({ familyId: family.id, measureCode, status: 'IN_PROGRESS' }, importer)).errors).toBeUndefined();
    const [latest] = (await historyOf(family.id, measureCode)).history;
    expect(latest).toMatchObject({ recordedBy: 'nightly-import', recorder: null });
  });
});

describe('the migration that added the day', () => {
  // Last in the file: it takes the column away and puts it back over everything recorded above.
  it('gives rows recorded before it the UK day they were recorded, even late in a summer evening', async () => {
    const runner = subgraph.db.createQueryRunner();
    try {
      const migration = new ProgressEffectiveDay1732400000001();
      await migration.down(runner);
      const [{ id }] = await runner.query(
        `INSERT INTO outcomes.outcome_progress (family_id, measure_code, status, updated_at, recorded_by)
         VALUES ($1, $2, 'ACHIEVED', '2026-06-30T23:30:00Z', 'someone') RETURNING id`,
        [families[6]!.id, measureNotIn(families[6]!.progress.map((p) => p.measureCode))],
      );
      await runner.query(`INSERT INTO outcomes.progress_history (progress_id, status, recorded_at, recorded_by) VALUES ($1, 'ACHIEVED', '2026-01-15T23:30:00Z', 'someone')`, [id]);
      await migration.up(runner);
      const [progress] = await runner.query(`SELECT effective_on::text AS day FROM outcomes.outcome_progress WHERE id = $1`, [id]);
      const [history] = await runner.query(`SELECT effective_on::text AS day FROM outcomes.progress_history WHERE progress_id = $1`, [id]);
      expect([progress.day, history.day]).toEqual(['2026-07-01', '2026-01-15']);
      const nulls = await runner.query(`SELECT column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'outcomes' AND column_name = 'effective_on' ORDER BY table_name`);
      expect(nulls).toEqual([
        { column_name: 'effective_on', is_nullable: 'NO' },
        { column_name: 'effective_on', is_nullable: 'NO' },
      ]);
    } finally {
      await runner.release();
    }
  });
});

function measureNotIn(codes: string[]): string {
  return DEFAULT_OUTCOME_MEASURES.map((m) => m.code).find((code) => !codes.includes(code))!;
}

describe('notes and analysts', () => {
  it('withholds the notes of progress and of its history from analysts, who see pseudonymised records only', async () => {
    const family = families[families.length - 1]!;
    const measureCode = family.progress[0]!.measureCode;
    const recorded = await record({ familyId: family.id, measureCode, status: 'IN_PROGRESS', note: 'Spoke to Mrs Marsh at the school gate' });
    expect(recorded.errors).toBeUndefined();
    const NOTES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { outcomeProgress { note measure { code } history { note } } } } }`;
    const notesAs = async (identity: typeof manager) => {
      const result = await ask(NOTES, { representations: [{ __typename: 'Family', id: family.id }] }, identity);
      expect(result.errors).toBeUndefined();
      return result.data._entities[0].outcomeProgress.find((p: any) => p.measure.code === measureCode);
    };
    expect(await notesAs(manager)).toMatchObject({ note: 'Spoke to Mrs Marsh at the school gate', history: expect.arrayContaining([{ note: 'Spoke to Mrs Marsh at the school gate' }]) });
    const forAnalyst = await notesAs(demoIdentity('tom.lee')!);
    expect(forAnalyst.note).toBeNull();
    expect(forAnalyst.history.length).toBeGreaterThan(0);
    expect(forAnalyst.history.every((change: { note: string | null }) => change.note === null)).toBe(true);
  });
});
