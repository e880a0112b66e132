import { demoIdentity } from '@hearth/demo-data';
import { FAMILY_STATUSES, type FamilyStatus } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS, NEEDS_LEAD_WORKER } from '../src/lifecycle.ts';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const leadWorker = demoIdentity('sarah.ahmed')!;

const CHANGE = `mutation($input: ChangeFamilyStatusInput!) {
  changeFamilyStatus(input: $input) { status version allowedNextStatuses statusHistory { fromStatus toStatus reason changedOn } }
}`;

/** A family at a given status, led by Sarah, straight into the database (the lifecycle under test is not used to set it up). */
async function familyAt(status: FamilyStatus): Promise<string> {
  const [row] = await subgraph.db.query(
    `INSERT INTO families.family (status, area, address_line, postcode, identified_by, lead_worker_id)
     VALUES ($1, 'Rotherham North', '1 Test Street', 'S60 1AA', 'DATA_MATCHING', $2) RETURNING id`,
    [status, leadWorker.sub],
  );
  return row.id;
}

const change = (familyId: string, to: FamilyStatus, expectedVersion = 1, identity = manager) =>
  postGraphQL(subgraph.url, CHANGE, { input: { familyId, to, reason: `Moving to ${to} for the test`, expectedVersion } }, { identity });

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('the family lifecycle', () => {
  it('allows exactly the programme’s transitions, each with its reason and date in the history', async () => {
    for (const from of FAMILY_STATUSES) {
      for (const to of FAMILY_STATUSES) {
        const familyId = await familyAt(from);
        const result = await change(familyId, to);
        if (ALLOWED_TRANSITIONS[from].includes(to)) {
          expect(result.errors, `${from} → ${to}`).toBeUndefined();
          const family = (result.data as any).changeFamilyStatus;
          expect(family.status).toBe(to);
          expect(family.version).toBe(2);
          expect(family.statusHistory[0]).toMatchObject({ fromStatus: from, toStatus: to, reason: `Moving to ${to} for the test` });
          expect(family.allowedNextStatuses).toEqual(ALLOWED_TRANSITIONS[to]);
        } else {
          expect(result.errors?.[0]?.extensions?.code, `${from} → ${to}`).toBe('BAD_USER_INPUT');
          expect(result.errors?.[0]?.message).toContain(`cannot move from ${from} to ${to}`);
          const [row] = await subgraph.db.query('SELECT status, version FROM families.family WHERE id = $1', [familyId]);
          expect(row).toEqual({ status: from, version: 1 });
        }
      }
    }
  });

  it('needs a lead worker before a family is allocated, engaged or has an active plan', async () => {
    for (const to of NEEDS_LEAD_WORKER) {
      const from = (Object.keys(ALLOWED_TRANSITIONS) as FamilyStatus[]).find((s) => ALLOWED_TRANSITIONS[s].includes(to))!;
      const familyId = await familyAt(from);
      await subgraph.db.query('UPDATE families.family SET lead_worker_id = NULL WHERE id = $1', [familyId]);
      const result = await change(familyId, to);
      expect(result.errors?.[0]?.message).toContain('needs a lead worker');
    }
  });

  it('lets the lead worker move her own family on, but not a partner or an analyst', async () => {
    const familyId = await familyAt('ALLOCATED');
    expect((await change(familyId, 'ENGAGED', 1, leadWorker)).errors).toBeUndefined();
    for (const role of ['PARTNER', 'ANALYST'] as const) {
      expect((await change(familyId, 'PLAN_ACTIVE', 2, testIdentity(role))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const otherLeadWorker = demoIdentity('daniel.hughes')!;
    expect((await change(familyId, 'PLAN_ACTIVE', 2, otherLeadWorker)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a reason that is empty and a date in the future', async () => {
    const familyId = await familyAt('IDENTIFIED');
    const result = await postGraphQL(
      subgraph.url,
      CHANGE,
      { input: { familyId, to: 'ELIGIBLE', reason: ' ', effectiveOn: '2999-01-01', expectedVersion: 1 } },
      { identity: manager },
    );
    expect(result.errors?.[0]?.message).toContain('reason must not be empty');
    expect(result.errors?.[0]?.message).toContain('effectiveOn must be a date in the past');
  });
});

describe('concurrent edits of the same family', () => {
  it('gives the later writer a conflict and overwrites nothing', async () => {
    const familyId = await familyAt('ENGAGED');
    const first = await change(familyId, 'PLAN_ACTIVE', 1);
    expect(first.errors).toBeUndefined();
    const stale = await change(familyId, 'DISENGAGED', 1);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('Someone else changed');
    const [row] = await subgraph.db.query('SELECT status, version FROM families.family WHERE id = $1', [familyId]);
    expect(row).toEqual({ status: 'PLAN_ACTIVE', version: 2 });
    const history = await subgraph.db.query('SELECT to_status FROM families.status_change WHERE family_id = $1', [familyId]);
    expect(history).toEqual([{ to_status: 'PLAN_ACTIVE' }]);
  });

  it('lets exactly one of two simultaneous writers win', async () => {
    const familyId = await familyAt('ENGAGED');
    const results = await Promise.all([change(familyId, 'PLAN_ACTIVE', 1), change(familyId, 'STEPPED_UP', 1)]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [row] = await subgraph.db.query('SELECT version FROM families.family WHERE id = $1', [familyId]);
    expect(row.version).toBe(2);
  });

  it('keeps the history of lead workers when a family is reallocated', async () => {
    const familyId = await familyAt('ELIGIBLE');
    await subgraph.db.query('UPDATE families.family SET lead_worker_id = NULL WHERE id = $1', [familyId]);
    const assign = (workerId: string, expectedVersion: number) =>
      postGraphQL(
        subgraph.url,
        `mutation($f: ID!, $w: ID!, $v: Int) { assignLeadWorker(familyId: $f, workerId: $w, expectedVersion: $v, reason: "Caseload balancing") { status version leadWorker { name } } }`,
        { f: familyId, w: workerId, v: expectedVersion },
        { identity: manager },
      );
    const first = await assign(leadWorker.sub, 1);
    expect((first.data as any).assignLeadWorker).toMatchObject({ status: 'ALLOCATED', version: 2, leadWorker: { name: leadWorker.name } });
    const second = await assign(demoIdentity('daniel.hughes')!.sub, 2);
    expect((second.data as any).assignLeadWorker.leadWorker.name).toBe('Daniel Hughes');
    const allocations = await subgraph.db.query('SELECT worker_id, ended_on FROM families.allocation WHERE family_id = $1 ORDER BY ended_on NULLS LAST', [familyId]);
    expect(allocations.map((a: any) => [a.worker_id, a.ended_on === null])).toEqual([
      [leadWorker.sub, false],
      [demoIdentity('daniel.hughes')!.sub, true],
    ]);
    expect((await assign(leadWorker.sub, 2)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('allocates without a reason typed, recording the default one', async () => {
    const familyId = await familyAt('ELIGIBLE');
    await subgraph.db.query('UPDATE families.family SET lead_worker_id = NULL WHERE id = $1', [familyId]);
    const result = await postGraphQL(
      subgraph.url,
      `mutation($f: ID!, $w: ID!) { assignLeadWorker(familyId: $f, workerId: $w, reason: null) { status } }`,
      { f: familyId, w: leadWorker.sub },
      { identity: manager },
    );
    expect(result.errors).toBeUndefined();
    const [allocation] = await subgraph.db.query('SELECT reason FROM families.allocation WHERE family_id = $1', [familyId]);
    expect(allocation.reason).toBe('Allocated by co-ordinator');
  });
});
