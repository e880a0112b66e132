import { demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { INTERVENTION_MODELS } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interventionsSubgraph } from '../src/subgraph.ts';
import { asRepresentations, ledBy } from './helpers.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const EVENTS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id interventionEvents { at kind summary source } } } }`;
const eventsOf = async (familyId: string) => (await ask(EVENTS, { representations: asRepresentations([familyId]) })).data._entities[0].interventionEvents;

const modelName = (code: string) => INTERVENTION_MODELS.find((m) => m.code === code)!.name;
const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo's interventions as a chronology shows them, newest first: each started on its day; a planned one,
 * seeded long after its planned start, dated by that start.
 */
const expectedEvents = (family: DemoFamily) =>
  family.interventions
    .map((i) =>
      i.status === 'PLANNED'
        ? { at: dayStart(i.startedOn), kind: 'INTERVENTION_PLANNED', summary: `${modelName(i.modelCode)} planned, to start on ${i.startedOn}`, source: 'interventions' }
        : { at: dayStart(i.startedOn), kind: 'INTERVENTION_STARTED', summary: `${modelName(i.modelCode)} started`, source: 'interventions' },
    )
    .sort((a, b) => b.at.localeCompare(a.at) || a.summary.localeCompare(b.summary));

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('Family.interventionEvents, interventions’ part of the chronology', () => {
  it('lists each family’s interventions as dated events, newest first', async () => {
    const withPlanned = demoFamilies().filter((f) => f.interventions.some((i) => i.status === 'PLANNED')).slice(0, 2);
    const withSeveral = demoFamilies().filter((f) => f.interventions.length >= 2 && !withPlanned.includes(f)).slice(0, 3);
    const families = [...withPlanned, ...withSeveral];
    expect(families).toHaveLength(5);
    const result = await ask(EVENTS, { representations: asRepresentations(families.map((f) => f.id)) });
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(families.map((f) => ({ id: f.id, interventionEvents: expectedEvents(f) })));
  });

  it('dates a planned intervention by when it was planned, not by the start still to come', async () => {
    const family = ledBy(leadWorker)[0]!;
    const startsOn = day(-14);
    const planned = await ask(
      `mutation($input: StartInterventionInput!) { startIntervention(input: $input) { id } }`,
      { input: { familyId: family.id, modelCode: 'OPPORTUNITIES_FUND', startedOn: startsOn, leadAgencyId: leadWorker.agencyId, status: 'PLANNED' } },
      leadWorker,
    );
    expect(planned.errors).toBeUndefined();
    const [{ created_at: createdAt }] = await subgraph.db.query('SELECT created_at FROM interventions.intervention WHERE id = $1', [planned.data.startIntervention.id]);
    expect((await eventsOf(family.id))[0]).toEqual({
      at: createdAt.toISOString(),
      kind: 'INTERVENTION_PLANNED',
      summary: `${modelName('OPPORTUNITIES_FUND')} planned, to start on ${startsOn}`,
      source: 'interventions',
    });
  });

  it('shows an ended intervention’s end above its start, even when both fell on one day', async () => {
    const family = ledBy(leadWorker)[1]!;
    const start = async (modelCode: string, startedOn: string) => {
      const result = await ask(
        `mutation($input: StartInterventionInput!) { startIntervention(input: $input) { id } }`,
        { input: { familyId: family.id, modelCode, startedOn, leadAgencyId: leadWorker.agencyId } },
        leadWorker,
      );
      expect(result.errors).toBeUndefined();
      return result.data.startIntervention.id as string;
    };
    const end = async (id: string, status: string, endedOn: string) => {
      const result = await ask(`mutation($id: ID!, $status: InterventionStatus!, $endedOn: String!) { endIntervention(id: $id, status: $status, endedOn: $endedOn) { id } }`, { id, status, endedOn }, leadWorker);
      expect(result.errors).toBeUndefined();
    };

    const longer = await start('EMPLOYABILITY_SUPPORT', day(30));
    await end(longer, 'COMPLETED', day(10));
    const sameDay = await start('BRIEF_INTERVENTION', day(0));
    // Withdrawn sorts after started by name, so only the rule for ends puts it first.
    await end(sameDay, 'WITHDRAWN', day(0));
    const [{ created_at: startedAt }] = await subgraph.db.query('SELECT created_at FROM interventions.intervention WHERE id = $1', [sameDay]);

    const brief = modelName('BRIEF_INTERVENTION');
    const employability = modelName('EMPLOYABILITY_SUPPORT');
    const events = await eventsOf(family.id);
    expect(events.slice(0, 3)).toEqual([
      // Started and recorded today, so the recording time places it; its end is known only by the day, and is not put before it.
      { at: startedAt.toISOString(), kind: 'INTERVENTION_ENDED', summary: `${brief} withdrawn`, source: 'interventions' },
      { at: startedAt.toISOString(), kind: 'INTERVENTION_STARTED', summary: `${brief} started`, source: 'interventions' },
      { at: dayStart(day(10)), kind: 'INTERVENTION_ENDED', summary: `${employability} completed`, source: 'interventions' },
    ]);
    expect(events.every((e: any, i: number) => i === 0 || events[i - 1].at >= e.at)).toBe(true);
    expect(events.find((e: any) => e.summary === `${employability} started`)).toEqual({
      at: dayStart(day(30)),
      kind: 'INTERVENTION_STARTED',
      summary: `${employability} started`,
      source: 'interventions',
    });
  });

  it('costs one statement for twenty families as for two', async () => {
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      const result = await ask(EVENTS, { representations: asRepresentations(demoFamilies().filter((f) => f.interventions.length > 0).slice(0, count).map((f) => f.id)) });
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.every((e: any) => e.interventionEvents.length > 0)).toBe(true);
      return subgraph.statements.count - before;
    };
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await statementsFor(2)).toBe(2);
    expect(await statementsFor(20)).toBe(2);
  });
});
