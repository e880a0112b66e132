import { demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { DEFAULT_OUTCOME_MEASURES } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const analyst = demoIdentity('tom.lee')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });
const EVENTS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id progressEvents { at kind summary source } } } }`;

const description = (code: string) => DEFAULT_OUTCOME_MEASURES.find((m) => m.code === code)!.description;
const IN_WORDS = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', ACHIEVED: 'Achieved', SUSTAINED: 'Sustained' } as const;

/** The demo's progress as a chronology shows it: each measure's one recorded change, newest first. */
const expectedEvents = (family: DemoFamily) =>
  family.progress
    .map((p) => ({ at: new Date(p.updatedAt).toISOString(), kind: 'PROGRESS_RECORDED', summary: `${IN_WORDS[p.status]}: ${description(p.measureCode)}`, source: 'outcomes' }))
    .sort((a, b) => b.at.localeCompare(a.at) || a.summary.localeCompare(b.summary));

beforeAll(async () => {
  subgraph = await startSubgraphForTest(outcomesSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('Family.progressEvents, outcomes’ part of the chronology', () => {
  it('lists every recorded change to each family’s progress, newest first', async () => {
    const families = demoFamilies().filter((f) => f.progress.length >= 2).slice(0, 5);
    const result = await ask(EVENTS, asFamilies(families.map((f) => f.id)));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(families.map((f) => ({ id: f.id, progressEvents: expectedEvents(f) })));
  });

  it('adds each new change, with its note, and keeps the earlier ones; analysts get it without the note', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === leadWorker.sub && f.progress.length > 0)!;
    const measureCode = family.progress[0]!.measureCode;
    const record = async (status: string, note: string) => {
      const result = await ask(
        `mutation($input: RecordProgressInput!) { recordProgress(input: $input) { updatedAt } }`,
        { input: { familyId: family.id, measureCode, status, note } },
        leadWorker,
      );
      expect(result.errors).toBeUndefined();
      return result.data.recordProgress.updatedAt as string;
    };
    const first = await record('IN_PROGRESS', 'Attendance  up to 88%\nthis half term');
    const second = await record('ACHIEVED', 'Above 90% for three terms');

    const events = (await ask(EVENTS, asFamilies([family.id]), leadWorker)).data._entities[0].progressEvents;
    expect(events).toEqual([
      { at: second, kind: 'PROGRESS_RECORDED', summary: `Achieved: ${description(measureCode)} (Above 90% for three terms)`, source: 'outcomes' },
      { at: first, kind: 'PROGRESS_RECORDED', summary: `In progress: ${description(measureCode)} (Attendance up to 88% this half term)`, source: 'outcomes' },
      ...expectedEvents(family),
    ]);

    const forAnalyst = (await ask(EVENTS, asFamilies([family.id]), analyst)).data._entities[0].progressEvents;
    expect(forAnalyst.slice(0, 2).map((e: any) => e.summary)).toEqual([`Achieved: ${description(measureCode)}`, `In progress: ${description(measureCode)}`]);
  });

  it('places progress recorded days later on the day the family reached it', async () => {
    const family = demoFamilies().filter((f) => f.leadWorkerId === leadWorker.sub && f.progress.length > 0).at(-1)!;
    const measureCode = family.progress[0]!.measureCode;
    const demoDay = family.progress[0]!.updatedAt.slice(0, 10);
    const reachedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    expect(reachedOn >= demoDay).toBe(true);
    const recorded = await ask(`mutation($input: RecordProgressInput!) { recordProgress(input: $input) { effectiveOn } }`, { input: { familyId: family.id, measureCode, status: 'IN_PROGRESS', effectiveOn: reachedOn } }, leadWorker);
    expect(recorded.errors).toBeUndefined();
    const events = (await ask(EVENTS, asFamilies([family.id]), leadWorker)).data._entities[0].progressEvents;
    expect(events).toContainEqual({ at: `${reachedOn}T00:00:00.000Z`, kind: 'PROGRESS_RECORDED', summary: `In progress: ${description(measureCode)}`, source: 'outcomes' });
  });

  it('costs one statement for twenty families as for two', async () => {
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      const result = await ask(EVENTS, asFamilies(demoFamilies().filter((f) => f.progress.length > 0).slice(0, count).map((f) => f.id)));
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.every((e: any) => e.progressEvents.length > 0)).toBe(true);
      return subgraph.statements.count - before;
    };
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await statementsFor(2)).toBe(2);
    expect(await statementsFor(20)).toBe(2);
  });
});
