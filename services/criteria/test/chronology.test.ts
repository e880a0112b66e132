import { demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { HEADLINE_PROBLEMS } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteriaSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });
const EVIDENCE_EVENTS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id evidenceEvents { at kind summary source } } } }`;

const indicators = new Map(HEADLINE_PROBLEMS.flatMap((p) => p.indicators.map((i) => [i.code, { problem: p.title, indicator: i.description }] as const)));

/** The demo evidence as a chronology shows it, worked out here from the programme's catalogue. */
function expectedEvents(family: DemoFamily) {
  return [...family.evidence]
    .sort((a, b) => b.observedAt.localeCompare(a.observedAt) || a.id.localeCompare(b.id))
    .map((e) => ({
      at: e.observedAt,
      kind: 'EVIDENCE_RECORDED',
      summary: `${indicators.get(e.indicatorCode)!.problem}: ${indicators.get(e.indicatorCode)!.indicator} (from ${e.source})`,
      source: 'criteria',
    }));
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(criteriaSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('Family.evidenceEvents, criteria’s part of the chronology', () => {
  it('lists each family’s evidence as dated events, newest observation first', async () => {
    const families = demoFamilies().filter((f) => f.evidence.length >= 2).slice(0, 5);
    const result = await ask(EVIDENCE_EVENTS, asFamilies(families.map((f) => f.id)));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(families.map((f) => ({ id: f.id, evidenceEvents: expectedEvents(f) })));
  });

  it('shows newly recorded evidence at the time it was observed', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === leadWorker.sub)!;
    const observedAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const recorded = await ask(
      `mutation($input: RecordEvidenceInput!) { recordEvidence(input: $input) { id } }`,
      { input: { familyId: family.id, indicatorCode: 'DA_MARAC_REFERRAL', source: 'MARAC', observedAt } },
      leadWorker,
    );
    expect(recorded.errors).toBeUndefined();
    const result = await ask(EVIDENCE_EVENTS, asFamilies([family.id]), leadWorker);
    const marac = HEADLINE_PROBLEMS.find((p) => p.code === 'DOMESTIC_ABUSE')!;
    const expected = {
      at: observedAt,
      kind: 'EVIDENCE_RECORDED',
      summary: `${marac.title}: ${marac.indicators.find((i) => i.code === 'DA_MARAC_REFERRAL')!.description} (from MARAC)`,
      source: 'criteria',
    };
    expect(result.data._entities[0].evidenceEvents).toEqual(
      [...expectedEvents(family), expected].sort((a, b) => b.at.localeCompare(a.at)),
    );
  });

  it('costs one statement for twenty families as for two, shared with headlineProblems', async () => {
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      const result = await ask(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { evidenceEvents { at } headlineProblems { problem { code } } } } }`,
        asFamilies(demoFamilies().slice(0, count).map((f) => f.id)),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.every((e: any) => e.evidenceEvents.length > 0)).toBe(true);
      return subgraph.statements.count - before;
    };
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await statementsFor(2)).toBe(2);
    expect(await statementsFor(20)).toBe(2);
  });
});
