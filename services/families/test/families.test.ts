import { DEMO_USERS, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { migrate } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoFamilies } from '../src/seed/demo.ts';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
const leadWorker = demoIdentity('sarah.ahmed')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity = manager) =>
  postGraphQL(subgraph.url, query, variables, { identity });

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('families subgraph', () => {
  it('pages through the families a manager may see, by reference', async () => {
    const first = await ask(`{ families(first: 5) { totalCount edges { cursor node { reference members { fullName role } } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.errors).toBeUndefined();
    const page = (first.data as any).families;
    expect(page.totalCount).toBe(demoFamilies().length);
    expect(page.edges.map((e: any) => e.node.reference)).toEqual(['FAM-000001', 'FAM-000002', 'FAM-000003', 'FAM-000004', 'FAM-000005']);
    const next = await ask(`query($after: String) { families(first: 5, after: $after) { edges { node { reference } } } }`, { after: page.pageInfo.endCursor });
    expect((next.data as any).families.edges[0].node.reference).toBe('FAM-000006');
  });

  it('shows a lead worker only the families they lead', async () => {
    const mine = demoFamilies().filter((f) => f.leadWorkerId === leadWorker.sub);
    const result = await ask(`{ families(first: 100) { totalCount edges { node { id leadWorker { id name agency { name } } } } } }`, {}, leadWorker);
    expect((result.data as any).families.totalCount).toBe(mine.length);
    for (const edge of (result.data as any).families.edges) expect(edge.node.leadWorker.id).toBe(leadWorker.sub);
  });

  it('creates a family with its members in one step, continuing the reference sequence', async () => {
    const result = await ask(
      `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id reference status members { fullName dateOfBirth role } } }`,
      {
        input: {
          addressLine: '12 Ferham Road',
          postcode: 's60 1ae',
          area: 'Rotherham North',
          identifiedBy: 'DATA_MATCHING',
          members: [
            { fullName: 'Kelly Marsh', dateOfBirth: '1988-02-14', role: 'PARENT_CARER' },
            { fullName: 'Tyler Marsh', dateOfBirth: '2012-09-01', role: 'CHILD' },
          ],
        },
      },
      coordinator,
    );
    expect(result.errors).toBeUndefined();
    const family = (result.data as any).createFamily;
    expect(family.reference).toBe(`FAM-${String(demoFamilies().length + 1).padStart(6, '0')}`);
    expect(family.status).toBe('IDENTIFIED');
    expect(family.members).toHaveLength(2);
  });

  it('assigns a lead worker and adds a member', async () => {
    const family = demoFamilies().find((f) => f.area === 'Rotherham North' && !f.leadWorkerId && f.status === 'ELIGIBLE')!;
    const assigned = await ask(
      `mutation($f: ID!, $w: ID!) { assignLeadWorker(familyId: $f, workerId: $w) { leadWorker { name } } }`,
      { f: family.id, w: leadWorker.sub },
      coordinator,
    );
    expect(assigned.errors).toBeUndefined();
    expect((assigned.data as any).assignLeadWorker.leadWorker.name).toBe(leadWorker.name);
    const added = await ask(
      `mutation($f: ID!, $m: NewPersonInput!) { addFamilyMember(familyId: $f, member: $m) { fullName role } }`,
      { f: family.id, m: { fullName: 'Baby Marsh', dateOfBirth: '2026-01-02', role: 'CHILD' } },
      leadWorker,
    );
    expect(added.errors).toBeUndefined();
  });

  describe('bad input gets a clear error and writes nothing', () => {
    const families = async () => Number((await subgraph.db.query('SELECT count(*) FROM families.family'))[0].count);
    const people = async () => Number((await subgraph.db.query('SELECT count(*) FROM families.person'))[0].count);

    it('unknown and malformed ids', async () => {
      const unknown = await ask(`{ family(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringContaining('No family'), extensions: { code: 'NOT_FOUND' } });
      const malformed = await ask(`{ family(id: "FAM-1") { id } }`);
      expect(malformed.errors?.[0]).toMatchObject({ message: '"FAM-1" is not a valid family id', extensions: { code: 'BAD_USER_INPUT' } });
      expect(malformed.status).toBe(200);
    });

    it('an empty name, a future birth date and a bad postcode, all named', async () => {
      const before = [await families(), await people()];
      const result = await ask(
        `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`,
        {
          input: {
            addressLine: '1 High Street',
            postcode: 'NOT A POSTCODE',
            area: 'Rotherham North',
            identifiedBy: 'DATA_MATCHING',
            members: [{ fullName: '   ', dateOfBirth: '2999-01-01', role: 'CHILD' }],
          },
        },
        coordinator,
      );
      const error = result.errors?.[0];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.message).toContain('postcode must be a UK postcode');
      expect(error?.message).toContain('members.0.fullName must not be empty');
      expect(error?.message).toContain('members.0.dateOfBirth must be a date in the past');
      expect(JSON.stringify(result)).not.toContain('stacktrace');
      expect([await families(), await people()]).toEqual(before);
    });

    it('a missing required field is refused by the schema', async () => {
      const result = await ask(`mutation { addFamilyMember(familyId: "${demoFamilies()[0]!.id}", member: { fullName: "A" }) { id } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toContain('dateOfBirth');
    });

    it('a member for an unknown family is refused', async () => {
      const before = await people();
      const result = await ask(
        `mutation { addFamilyMember(familyId: "00000000-0000-4000-8000-000000000000", member: { fullName: "A B", dateOfBirth: "2010-01-01", role: CHILD }) { id } }`,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await people()).toBe(before);
    });

    it('a role that may not allocate is told so', async () => {
      const result = await ask(
        `mutation($f: ID!, $w: ID!) { assignLeadWorker(familyId: $f, workerId: $w) { id } }`,
        { f: demoFamilies()[0]!.id, w: leadWorker.sub },
        testIdentity('PARTNER'),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('refuses a direct call without the gateway signature, and one signed with another secret', async () => {
    const unsigned = await postGraphQL(subgraph.url, '{ families { totalCount } }');
    expect(unsigned.status).toBe(401);
    expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(subgraph.url, '{ families { totalCount } }', {}, { identity: manager, secret: 'someone-elses-secret' });
    expect(forged.status).toBe(401);
  });

  it('answers /healthz while its database answers', async () => {
    const response = await fetch(subgraph.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
  });

  it('runs migrations and the demo seed a second time as no-ops', async () => {
    expect(await migrate(subgraph.db, 'families')).toEqual([]);
    const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM families.${table}`))[0].count);
    const before = await Promise.all(['family', 'person', 'worker', 'agency', 'engagement'].map(count));
    await seedDemoFamilies(subgraph.db);
    expect(await Promise.all(['family', 'person', 'worker', 'agency', 'engagement'].map(count))).toEqual(before);
    expect(before[2]).toBeGreaterThanOrEqual(DEMO_USERS.length);
  });
});
