import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const coordinator = demoIdentity('priya.patel')!;
const analyst = demoIdentity('tom.lee')!;
type Identity = typeof analyst;

interface CohortRow {
  cohort: string | null;
  families: number;
}

const COHORTS = `{ programmeFigures { totalFamilies byCohort { cohort families } } }`;
const ask = async (identity: Identity) => {
  const result = await postGraphQL<{ programmeFigures: { totalFamilies: number; byCohort: CohortRow[] } }>(subgraph.url, COHORTS, {}, { identity });
  expect(result.errors).toBeUndefined();
  return result.data!.programmeFigures;
};

/** What the database holds, cohort by cohort, for the areas given (every area when null). */
async function cohortsInDatabase(areas: string[] | null): Promise<Map<string | null, number>> {
  const rows = (await subgraph.db.query(`SELECT cohort, count(*)::int AS n FROM families.family WHERE ${areas ? 'area = ANY($1)' : 'true'} GROUP BY cohort`, areas ? [areas] : [])) as {
    cohort: string | null;
    n: number;
  }[];
  return new Map(rows.map((row) => [row.cohort, row.n]));
}

// Two demo families moved out of the seed's tidy cohorts: one the council never put in a cohort, one in a tenth year.
const [noCohort, yearTen] = demoFamilies().filter((family) => coordinator.areas.includes(family.area));

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
  await subgraph.db.query(`UPDATE families.family SET cohort = NULL WHERE id = $1`, [noCohort!.id]);
  await subgraph.db.query(`UPDATE families.family SET cohort = 'Phase 2, Year 10 cohort' WHERE id = $1`, [yearTen!.id]);
});
afterAll(async () => subgraph?.close());

describe('programme figures by cohort', () => {
  it('give an analyst every cohort’s count, matching the database, in the order of their years, then the families in no cohort', async () => {
    const figures = await ask(analyst);
    const expected = await cohortsInDatabase(null);
    expect(new Map(figures.byCohort.map((row) => [row.cohort, row.families]))).toEqual(expected);
    expect(figures.byCohort.map((row) => row.cohort)).toEqual([
      'Phase 2, Year 1 cohort',
      'Phase 2, Year 2 cohort',
      'Phase 2, Year 3 cohort',
      'Phase 2, Year 4 cohort',
      'Phase 2, Year 5 cohort',
      'Phase 2, Year 10 cohort',
      null,
    ]);
    expect(figures.byCohort.at(-1)).toEqual({ cohort: null, families: 1 });
    expect(figures.byCohort.reduce((sum, row) => sum + row.families, 0)).toBe(figures.totalFamilies);
  });

  it('give a co-ordinator the cohorts of their own areas only', async () => {
    const figures = await ask(coordinator);
    const expected = await cohortsInDatabase(coordinator.areas);
    expect(new Map(figures.byCohort.map((row) => [row.cohort, row.families]))).toEqual(expected);
    expect(figures.byCohort.reduce((sum, row) => sum + row.families, 0)).toBe(figures.totalFamilies);
    const everywhere = await cohortsInDatabase(null);
    expect(figures.totalFamilies).toBeLessThan([...everywhere.values()].reduce((sum, n) => sum + n, 0));
  });
});
