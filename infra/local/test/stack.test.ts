import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { createTestDatabase, type TestDatabase } from '@hearth/subgraph-kit/testing';
import type { SubgraphName } from '@hearth/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type RunningStack } from '../src/stack.ts';
import { gql, signIn } from './helpers.ts';

let database: TestDatabase;
let stack: RunningStack;
let managerToken: string;

const WHOLE_FAMILY = `
  id reference status area
  members { fullName role }
  leadWorker { name agency { name } }
  headlineProblems { problem { code title } evidence { indicator { code } source } }
  eligibility { eligible phase2ProblemCount }
  interventions { model { code name } status leadAgency { name } }
  outcomeProgress { measure { code } problemCode status }
`;

beforeAll(async () => {
  // The machine's PostgreSQL when TEST_DATABASE_URL is set (CI), the embedded one otherwise.
  database = await createTestDatabase();
  stack = await startStack({ databaseUrl: database.url, seedDemo: true });
  managerToken = await signIn(stack.gatewayOrigin, 'helen.carter');
});
afterAll(async () => {
  await stack?.stop();
  await database?.drop();
});

describe('the whole back end through the gateway', () => {
  it('reads one family from all four subgraphs in one query', async () => {
    const demo = demoFamilies().find((f) => f.leadWorkerId && f.interventions.length > 1 && f.progress.length > 0)!;
    const result = await gql(stack.gatewayUrl, managerToken, `query($id: ID!) { family(id: $id) { ${WHOLE_FAMILY} } }`, { id: demo.id });
    expect(result.errors).toBeUndefined();
    const family = result.data.family;
    expect(family.reference).toBe(demo.reference);
    expect(family.members.map((m: any) => m.fullName).sort()).toEqual(demo.members.map((m) => m.fullName).sort());
    expect(family.leadWorker.name).toBeTruthy();
    expect(family.headlineProblems.flatMap((p: any) => p.evidence.map((e: any) => e.indicator.code)).sort()).toEqual(
      demo.evidence.map((e) => e.indicatorCode).sort(),
    );
    expect(family.eligibility.eligible).toBe(true);
    expect(family.interventions.map((i: any) => i.model.code).sort()).toEqual(demo.interventions.map((i) => i.modelCode).sort());
    expect(family.interventions.every((i: any) => typeof i.leadAgency.name === 'string')).toBe(true);
    expect(family.outcomeProgress.map((p: any) => p.measure.code).sort()).toEqual(demo.progress.map((p) => p.measureCode).sort());
  });

  it('batches: the statements each subgraph runs do not grow with the page size', async () => {
    const statementsFor = async (first: number) => {
      const before = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count]));
      const result = await gql(stack.gatewayUrl, managerToken, `query($first: Int) { families(first: $first) { edges { node { ${WHOLE_FAMILY} } } } }`, { first });
      expect(result.errors).toBeUndefined();
      expect(result.data.families.edges).toHaveLength(first);
      return Object.fromEntries(
        Object.entries(stack.subgraphs).map(([name, s]) => [name, s.statements.count - before[name]!]),
      ) as Record<SubgraphName, number>;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toEqual(small);
    // One statement for each family-level field, plus the page itself in families.
    const recent = (name: SubgraphName, table: string, n: number) =>
      stack.subgraphs[name].statements.recent.slice(-n).filter((sql) => sql.includes(`"${table}"`) || sql.includes(`.${table} `)).length;
    expect(recent('families', 'person', large.families)).toBe(1);
    expect(recent('criteria', 'evidence', large.criteria)).toBe(1);
    expect(recent('interventions', 'intervention', large.interventions)).toBe(1);
    expect(recent('outcomes', 'outcome_progress', large.outcomes)).toBe(1);
  });

  it('rejects a direct call to a subgraph that did not come through the gateway', async () => {
    for (const subgraph of Object.values(stack.subgraphs)) {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
    }
  });

  it('gives bad input a clear error and code, never a 500 or a stack trace', async () => {
    const coordinator = await signIn(stack.gatewayOrigin, 'priya.patel');
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['unknown id', `{ family(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'NOT_FOUND'],
      ['malformed id', `{ family(id: "42") { id } }`, {}, 'BAD_USER_INPUT'],
      ['missing required field', `mutation { createFamily(input: { postcode: "S60 1AE" }) { id } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
      [
        'empty name',
        `mutation($f: ID!) { addFamilyMember(familyId: $f, member: { fullName: "", dateOfBirth: "2010-01-01", role: CHILD }) { id } }`,
        { f: demoFamilies().find((f) => f.area === 'Rotherham North')!.id },
        'BAD_USER_INPUT',
      ],
      [
        'unknown indicator code',
        `mutation($f: ID!) { recordEvidence(input: { familyId: $f, indicatorCode: "NOT_AN_INDICATOR", source: "Police", observedAt: "2026-01-01T00:00:00Z" }) { id } }`,
        { f: demoFamilies()[0]!.id },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [what, query, variables, code] of cases) {
      const result = await gql(stack.gatewayUrl, coordinator, query, variables);
      expect(result.status, what).toBeLessThan(500);
      expect(result.errors?.[0]?.extensions?.code, what).toBe(code);
      expect(result.errors?.[0]?.message, what).toMatch(/\w/);
      expect(JSON.stringify(result), what).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }
  });

  it('scopes what each role sees in the subgraph that owns families', async () => {
    const lead = demoIdentity('sarah.ahmed')!;
    const token = await signIn(stack.gatewayOrigin, 'sarah.ahmed');
    const result = await gql(stack.gatewayUrl, token, `{ families(first: 100) { totalCount } }`);
    expect(result.data.families.totalCount).toBe(demoFamilies().filter((f) => f.leadWorkerId === lead.sub).length);
  });
});
