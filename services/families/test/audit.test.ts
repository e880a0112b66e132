import type { Identity } from '@hearth/auth';
import { DEMO_AGENCIES, agencyNamed, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { buildSchemaOf } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
/** Acts only in the scripted session, so her trail is exactly what it did. */
const sarah = demoIdentity('sarah.ahmed')!;
const daniel = demoIdentity('daniel.hughes')!;
const policePartner = demoIdentity('mark.wilson')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => postGraphQL(subgraph.url, query, variables, { identity });
const count = async () => Number((await subgraph.db.query('SELECT count(*) FROM families.audit_event'))[0].count);

const TRAIL = `query Trail($familyId: ID, $workerId: ID, $first: Int, $after: String) {
  auditTrail(familyId: $familyId, workerId: $workerId, first: $first, after: $after) {
    totalCount
    edges { cursor node { id at action familyId workerId fields operation actorId actorUsername actorRole reason } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const trail = async (variables: Record<string, unknown>, identity: Identity = manager) => {
  const result = await ask(TRAIL, variables, identity);
  expect(result.errors).toBeUndefined();
  return (result.data as any).auditTrail as { totalCount: number; edges: { cursor: string; node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};
const row = (action: string, familyId: string | null, fields: string[], operation: string) => ({ action, familyId, fields, operation });

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('the audit trail', () => {
  it('holds exactly the reads and writes of a scripted session, in order', async () => {
    const mine = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);
    const notMine = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== sarah.sub)!;

    // (a) her caseload: one READ per family, naming the fields she read
    const list = await ask(`query MyFamilies { families(first: 100) { edges { node { id reference status } } } }`, {}, sarah);
    expect(list.errors).toBeUndefined();
    const listed: string[] = (list.data as any).families.edges.map((e: any) => e.node.id);
    expect(listed).toHaveLength(mine.length);

    // (b) one family opened: one READ of exactly the fields selected
    const opened = mine[0]!;
    const open = await ask(`query OpenFamily($id: ID!) { family(id: $id) { reference status version members { fullName } } }`, { id: opened.id }, sarah);
    expect(open.errors).toBeUndefined();

    // (c) an agency engaged: the UPDATE, then the READ of what the mutation returned
    const agency = DEMO_AGENCIES.find((a) => !opened.engagedAgencyIds.includes(a.id))!;
    const engage = await ask(
      `mutation EngageAgency($input: AddEngagementInput!) { addEngagement(input: $input) { id version engagements { agency { name } } } }`,
      { input: { familyId: opened.id, agencyId: agency.id, capacity: 'Team Around the Family', expectedVersion: (open.data as any).family.version } },
      sarah,
    );
    expect(engage.errors).toBeUndefined();

    // (d) a family she does not lead: DENIED
    const peek = await ask(`query Peek($id: ID!) { family(id: $id) { reference } }`, { id: notMine.id }, sarah);
    expect(peek.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const seen = await trail({ workerId: sarah.sub, first: 100 });
    const expected = [
      row('DENIED', notMine.id, [], 'Peek'),
      row('READ', opened.id, ['engagements', 'id', 'version'], 'EngageAgency'),
      row('UPDATE', opened.id, ['engagements'], 'EngageAgency'),
      row('READ', opened.id, ['members', 'reference', 'status', 'version'], 'OpenFamily'),
      ...listed.map((id) => row('READ', id, ['id', 'reference', 'status'], 'MyFamilies')).reverse(),
    ];
    expect(seen.edges.map(({ node }) => ({ action: node.action, familyId: node.familyId, fields: node.fields, operation: node.operation }))).toEqual(expected);
    expect(seen.totalCount).toBe(expected.length);
    for (const { node } of seen.edges) expect(node).toMatchObject({ actorId: sarah.sub, actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER', workerId: null });
    const ids = seen.edges.map(({ node }) => BigInt(node.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : 1)));
  });

  it('records reading the audit trail against the family read about', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === sarah.sub)!;
    const first = await trail({ familyId: family.id });
    expect(first.edges.every(({ node }) => node.familyId === family.id)).toBe(true);
    const second = await trail({ familyId: family.id });
    expect(second.totalCount).toBe(first.totalCount + 1);
    expect(second.edges[0]!.node).toMatchObject({ action: 'READ', familyId: family.id, fields: ['auditTrail'], operation: 'Trail', actorUsername: 'helen.carter', actorRole: 'MANAGER' });
  });

  it("records reading a worker's trail against the worker", async () => {
    await trail({ workerId: daniel.sub });
    const managersOwn = await trail({ workerId: manager.sub, first: 1 });
    expect(managersOwn.edges[0]!.node).toMatchObject({ action: 'READ', familyId: null, workerId: daniel.sub, fields: ['auditTrail'] });
  });

  it('pages newest first by cursor, without gaps or repeats', async () => {
    const listed = await ask(`query CoordinatorList { families(first: 10) { edges { node { reference } } } }`, {}, coordinator);
    expect(listed.errors).toBeUndefined();
    const all = await trail({ workerId: coordinator.sub, first: 100 });
    expect(all.totalCount).toBeGreaterThanOrEqual(10);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await trail({ workerId: coordinator.sub, first: 4, after });
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map(({ node }) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map(({ node }) => node.id));
  });

  it("shows a manager only what a worker did to families in the manager's own areas", async () => {
    const southFamily = demoFamilies().find((f) => f.leadWorkerId === daniel.sub)!;
    const opened = await ask(`query($id: ID!) { family(id: $id) { reference } }`, { id: southFamily.id }, daniel);
    expect(opened.errors).toBeUndefined();
    const northManager = testIdentity('MANAGER', { areas: ['Rotherham North'] });
    const fromNorth = await trail({ workerId: daniel.sub }, northManager);
    expect(fromNorth.edges.some(({ node }) => node.familyId === southFamily.id)).toBe(false);
    const fromEverywhere = await trail({ workerId: daniel.sub });
    expect(fromEverywhere.edges.some(({ node }) => node.familyId === southFamily.id)).toBe(true);
    const askedDirectly = await ask(TRAIL, { familyId: southFamily.id }, northManager);
    expect(askedDirectly.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('records a partner asking for a family their agency does not work with as DENIED, naming them', async () => {
    const unknownToPolice = demoFamilies().find((f) => !f.engagedAgencyIds.includes(agencyNamed('South Yorkshire Police').id))!;
    const result = await ask(`query PartnerLookup($id: ID!) { family(id: $id) { reference } }`, { id: unknownToPolice.id }, policePartner);
    expect(result.errors?.[0]).toMatchObject({ message: `No family with id ${unknownToPolice.id}`, extensions: { code: 'NOT_FOUND' } });
    expect((result.data as any)?.family ?? null).toBeNull();
    const theirs = await trail({ workerId: policePartner.sub });
    expect(theirs.totalCount).toBe(1);
    expect(theirs.edges[0]!.node).toMatchObject({
      action: 'DENIED',
      familyId: unknownToPolice.id,
      operation: 'PartnerLookup',
      actorId: policePartner.sub,
      actorUsername: 'mark.wilson',
      actorRole: 'PARTNER',
    });
  });

  it('is for managers only: every other role is refused alike, whether or not there is anything to see', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === sarah.sub)!;
    const before = await count();
    for (const identity of [sarah, coordinator, policePartner, testIdentity('ANALYST')]) {
      const answers = await Promise.all(
        [{ familyId: family.id }, { familyId: '00000000-0000-4000-8000-000000000000' }, { workerId: sarah.sub }, { workerId: 'not-an-id' }, {}].map((variables) =>
          ask(TRAIL, variables, identity),
        ),
      );
      for (const answer of answers) {
        expect(answer.data?.auditTrail ?? null).toBeNull();
        expect(answer.errors).toEqual([
          expect.objectContaining({ message: `Your role (${identity.role}) cannot read the audit trail; this needs one of: MANAGER`, extensions: { code: 'FORBIDDEN' } }),
        ]);
      }
    }
    expect(await count()).toBe(before);
  });

  it('asks for a family or a worker, a page size within bounds and a real cursor', async () => {
    const none = await ask(TRAIL, {});
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringContaining('Name a family (familyId) or a worker (workerId)'), extensions: { code: 'BAD_USER_INPUT' } });
    const tooMany = await ask(TRAIL, { workerId: sarah.sub, first: 1000 });
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'first must be between 1 and 100', extensions: { code: 'BAD_USER_INPUT' } });
    const badCursor = await ask(TRAIL, { workerId: sarah.sub, after: Buffer.from('drop table').toString('base64url') });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await ask(TRAIL, { workerId: 'sarah' });
    expect(badId.errors?.[0]).toMatchObject({ message: '"sarah" is not a valid worker id', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the audit trail cannot be changed', () => {
  it('has no mutation that edits or deletes it', async () => {
    const mutations = Object.keys((await buildSchemaOf(familiesSubgraph)).getMutationType()?.getFields() ?? {});
    expect(mutations).toContain('recordConsent');
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await expect(subgraph.db.query(`UPDATE families.audit_event SET reason = 'tidied up'`)).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query(`DELETE FROM families.audit_event`)).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query(`TRUNCATE families.audit_event`)).rejects.toThrow(/append-only/);
    expect(await count()).toBe(before);
    expect(Number((await subgraph.db.query(`SELECT count(*) FROM families.audit_event WHERE reason = 'tidied up'`))[0].count)).toBe(0);
  });
});
