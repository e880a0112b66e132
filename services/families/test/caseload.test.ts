import type { Identity } from '@hearth/auth';
import { DEMO_LEAD_WORKERS, DEMO_USERS, demoCasework, demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { todayInUk, type FamilyStatus } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_TRANSITIONS } from '../src/lifecycle.ts';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const sarah = demoIdentity('sarah.ahmed')!;
const daniel = demoIdentity('daniel.hughes')!;
const coordinator = demoIdentity('priya.patel')!;
const manager = demoIdentity('helen.carter')!;
const partner = demoIdentity('mark.wilson')!;
const megan = DEMO_LEAD_WORKERS.find((w) => w.name === 'Megan Clarke')!;
const aisha = DEMO_LEAD_WORKERS.find((w) => w.name === 'Aisha Khan')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) =>
  postGraphQL<any>(subgraph.url, query, variables, { identity });

/** Families that take up their lead worker's time; closed, declined, stepped down and stepped up ones do not. */
const OPEN: FamilyStatus[] = ['ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'DISENGAGED'];
const openLedBy = (workerId: string) =>
  demoFamilies()
    .filter((f) => f.leadWorkerId === workerId && OPEN.includes(f.status))
    .sort((a, b) => a.reference.localeCompare(b.reference));
const lastDemoContact = (family: DemoFamily) => demoCasework(family).caseNotes.map((n) => n.contactOn).sort().at(-1) ?? null;
const today = () => todayInUk();
const wholeWeeksSince = (day: string | null) => (day === null ? null : Math.floor((Date.parse(today()) - Date.parse(day)) / (7 * 86_400_000)));
/** Never contacted first, then the oldest contact, then by reference. */
const longestWithoutContactFirst = (a: { last: string | null; ref: string }, b: { last: string | null; ref: string }) =>
  a.last === b.last ? a.ref.localeCompare(b.ref) : a.last === null ? -1 : b.last === null ? 1 : a.last.localeCompare(b.last);

/** The SQL a request sent, audit writes aside. */
async function selectsOf(request: () => Promise<unknown>): Promise<string[]> {
  const before = subgraph.statements.count;
  await request();
  return subgraph.statements.recent.slice(-(subgraph.statements.count - before)).filter((sql) => !sql.startsWith('INSERT INTO "families".audit_event'));
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

// Reading tests first: the writing tests at the end change allocations and limits.
describe('a worker’s caseload', () => {
  const CASELOADS = `query($agencyId: ID) { leadWorkers(agencyId: $agencyId) { id name caseloadLimit caseloadCount overLimit caseload { reference } } }`;

  it('counts each lead worker’s open families against their limit, and lists them', async () => {
    const result = await ask(CASELOADS);
    expect(result.errors).toBeUndefined();
    const byId = new Map(result.data.leadWorkers.map((w: any) => [w.id, w]));
    for (const worker of DEMO_LEAD_WORKERS) {
      const open = openLedBy(worker.id);
      expect(byId.get(worker.id), worker.name).toEqual({
        id: worker.id,
        name: worker.name,
        caseloadLimit: worker.caseloadLimit,
        caseloadCount: open.length,
        overLimit: open.length > worker.caseloadLimit,
        caseload: open.map((f) => ({ reference: f.reference })),
      });
    }
    // The demo has workers over, under and exactly at their limit; at the limit is not over it.
    expect(openLedBy(daniel.sub)).toHaveLength(12);
    expect(byId.get(daniel.sub)).toMatchObject({ caseloadCount: 12, caseloadLimit: 12, overLimit: false });
    expect(byId.get(aisha.id)).toMatchObject({ overLimit: true });
    expect(byId.get(sarah.sub)).toMatchObject({ overLimit: false });
  });

  it('lists only the families the caller may see, but counts them all', async () => {
    const result = await ask(CASELOADS, {}, sarah);
    const byId = new Map(result.data.leadWorkers.map((w: any) => [w.id, w]));
    expect(byId.get(sarah.sub)).toMatchObject({ caseload: openLedBy(sarah.sub).map((f) => ({ reference: f.reference })) });
    expect(byId.get(megan.id)).toMatchObject({ caseload: [], caseloadCount: openLedBy(megan.id).length });
  });

  it('costs the same statements for two workers as for all of them: one count, one list', async () => {
    const policeWorkers = DEMO_LEAD_WORKERS.filter((w) => w.agencyId === daniel.agencyId);
    expect(policeWorkers.length).toBeLessThan(DEMO_LEAD_WORKERS.length / 2);
    const few = await selectsOf(() => ask(CASELOADS, { agencyId: daniel.agencyId }));
    const all = await selectsOf(() => ask(CASELOADS));
    expect(all).toHaveLength(few.length);
    expect(all.filter((sql) => sql.includes('count(*)'))).toHaveLength(1);
    expect(all.filter((sql) => /lead_worker_id"? = ANY/.test(sql))).toHaveLength(2);
  });
});

describe('myCaseload', () => {
  const MY_CASELOAD = `{ myCaseload { family { id reference status } lastContactOn weeksSinceContact nextSteps } }`;

  it('lists the lead worker’s open families, the one gone longest without contact first, with the next steps open to each', async () => {
    const expected = openLedBy(sarah.sub)
      .map((f) => ({ family: f, last: lastDemoContact(f), ref: f.reference }))
      .sort(longestWithoutContactFirst)
      .map(({ family, last }) => ({
        family: { id: family.id, reference: family.reference, status: family.status },
        lastContactOn: last,
        weeksSinceContact: wholeWeeksSince(last),
        nextSteps: ALLOWED_TRANSITIONS[family.status],
      }));
    const result = await ask(MY_CASELOAD, {}, sarah);
    expect(result.errors).toBeUndefined();
    expect(result.data.myCaseload).toEqual(expected);
    // The demo has families gone quiet for weeks as well as recently seen ones, so the order is tested.
    expect(new Set(expected.map((e) => e.weeksSinceContact)).size).toBeGreaterThan(1);
  });

  it('costs two statements in all: the families and their last contacts', async () => {
    const sql = await selectsOf(() => ask(MY_CASELOAD, {}, sarah));
    expect(sql).toHaveLength(2);
  });

  it('is only for lead workers', async () => {
    for (const identity of [coordinator, manager, partner]) {
      const result = await ask(MY_CASELOAD, {}, identity);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('cannot have a caseload'), extensions: { code: 'FORBIDDEN' } });
    }
  });
});

describe('caseload oversight by area', () => {
  const OVERSIGHT = `query($area: String!, $weeks: Int) {
    caseloadOversight(area: $area, staleAfterWeeks: $weeks) {
      area
      unallocated { reference }
      workers { worker { name } caseloadCount caseloadLimit overLimit }
      overLimit { worker { name } caseloadCount caseloadLimit overLimit }
      stale { family { reference } lastContactOn weeksSinceContact }
    }
  }`;
  const inArea = (area: string) => demoFamilies().filter((f) => f.area === area);
  const expectedUnallocated = (area: string) =>
    inArea(area)
      .filter((f) => !f.leadWorkerId && ['IDENTIFIED', 'ELIGIBLE'].includes(f.status))
      .map((f) => ({ since: demoCasework(f).statusHistory[0]!.changedOn, reference: f.reference }))
      .sort((a, b) => a.since.localeCompare(b.since) || a.reference.localeCompare(b.reference))
      .map(({ reference }) => ({ reference }));
  const expectedStale = (area: string, weeks: number) =>
    inArea(area)
      .filter((f) => f.leadWorkerId && OPEN.includes(f.status))
      .map((f) => ({ last: lastDemoContact(f), ref: f.reference }))
      .filter(({ last }) => last === null || wholeWeeksSince(last)! >= weeks)
      .sort(longestWithoutContactFirst)
      .map(({ last, ref }) => ({ family: { reference: ref }, lastContactOn: last, weeksSinceContact: wholeWeeksSince(last) }));
  const expectedWorkers = (area: string) =>
    DEMO_LEAD_WORKERS.filter((w) => w.areas.includes(area))
      .map((w) => ({ worker: { name: w.name }, caseloadCount: openLedBy(w.id).length, caseloadLimit: w.caseloadLimit, overLimit: openLedBy(w.id).length > w.caseloadLimit }))
      .sort((a, b) => a.worker.name.localeCompare(b.worker.name));

  it('shows a co-ordinator who is waiting, every lead worker in the area, and who has gone quiet for six weeks', async () => {
    const area = 'Rotherham North';
    const result = await ask(OVERSIGHT, { area }, coordinator);
    expect(result.errors).toBeUndefined();
    const oversight = result.data.caseloadOversight;
    expect(oversight.area).toBe(area);
    expect(oversight.unallocated).toEqual(expectedUnallocated(area));
    expect(oversight.unallocated.length).toBeGreaterThan(1);
    expect(oversight.workers).toEqual(expectedWorkers(area));
    expect(oversight.workers.map((w: any) => w.worker.name)).toEqual(['Megan Clarke', 'Sarah Ahmed']);
    expect(oversight.overLimit).toEqual([]);
    expect(oversight.stale).toEqual(expectedStale(area, 6));
    // The demo's quiet families, and not the ones seen recently.
    expect(oversight.stale.length).toBeGreaterThan(0);
    expect(oversight.stale.length).toBeLessThan(inArea(area).filter((f) => f.leadWorkerId && OPEN.includes(f.status)).length);
  });

  it('puts workers over their limit first, the furthest over first, in both lists', async () => {
    const area = 'Wentworth South';
    const result = await ask(OVERSIGHT, { area }, manager);
    expect(result.errors).toBeUndefined();
    const { workers, overLimit } = result.data.caseloadOversight;
    const expected = expectedWorkers(area).sort(
      (a, b) => Math.max(b.caseloadCount - b.caseloadLimit, 0) - Math.max(a.caseloadCount - a.caseloadLimit, 0),
    );
    expect(workers).toEqual(expected);
    expect(overLimit).toEqual(expected.filter((w) => w.overLimit));
    expect(overLimit.length).toBeGreaterThan(0);
  });

  it('takes a shorter stale period', async () => {
    const area = 'Rotherham South';
    const result = await ask(OVERSIGHT, { area, weeks: 1 }, manager);
    expect(result.errors).toBeUndefined();
    expect(result.data.caseloadOversight.stale).toEqual(expectedStale(area, 1));
    expect(result.data.caseloadOversight.stale.length).toBeGreaterThan(expectedStale(area, 6).length);
  });

  it('costs the same handful of statements for a small area as for a large one', async () => {
    const rowsOf = async (area: string, weeks: number) => {
      const { data } = await ask(OVERSIGHT, { area, weeks }, manager);
      const { unallocated, workers, overLimit, stale } = data.caseloadOversight;
      return unallocated.length + workers.length + overLimit.length + stale.length;
    };
    const small = await selectsOf(() => ask(OVERSIGHT, { area: 'Rotherham North', weeks: 6 }, manager));
    const large = await selectsOf(() => ask(OVERSIGHT, { area: 'Wentworth South', weeks: 1 }, manager));
    expect(await rowsOf('Wentworth South', 1)).toBeGreaterThan(2 * (await rowsOf('Rotherham North', 6)));
    expect(large).toHaveLength(small.length);
    expect(large.length).toBeLessThanOrEqual(6);
  });

  it('counts a family seen exactly six weeks ago as stale, and one seen a day later as not', async () => {
    const area = 'Rotherham North';
    const quiet = expectedStale(area, 6)[0]!.family.reference;
    const family = inArea(area).find((f) => f.reference === quiet)!;
    const staleList = async () => (await ask(OVERSIGHT, { area }, coordinator)).data.caseloadOversight.stale;
    const note = (daysAgo: number) =>
      ask(
        `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`,
        { input: { familyId: family.id, kind: 'PHONE_CALL', contactOn: new Date(Date.parse(today()) - daysAgo * 86_400_000).toISOString().slice(0, 10), body: 'Called.' } },
        coordinator,
      );

    expect((await note(42)).errors).toBeUndefined();
    expect((await staleList()).find((s: any) => s.family.reference === quiet)).toMatchObject({ weeksSinceContact: 6 });
    expect((await note(41)).errors).toBeUndefined();
    expect((await staleList()).map((s: any) => s.family.reference)).not.toContain(quiet);
  });

  describe('is refused', () => {
    const refused = async (variables: Record<string, unknown>, identity: Identity, code: string, message: string) => {
      const result = await ask(OVERSIGHT, variables, identity);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).toContain(message);
    };
    it('to a co-ordinator for an area that is not theirs', () => refused({ area: 'Wentworth North' }, coordinator, 'FORBIDDEN', 'not one of your areas'));
    it('to lead workers and partners', async () => {
      await refused({ area: 'Rotherham North' }, sarah, 'FORBIDDEN', 'cannot oversee caseloads');
      await refused({ area: 'Rotherham North' }, partner, 'FORBIDDEN', 'cannot oversee caseloads');
    });
    it('for an area the council does not have', () => refused({ area: 'Atlantis' }, manager, 'BAD_USER_INPUT', "Atlantis is not one of the council's areas"));
    it('for a stale period that is not 1 to 52 weeks', async () => {
      await refused({ area: 'Rotherham North', weeks: 0 }, coordinator, 'BAD_USER_INPUT', 'staleAfterWeeks must be between 1 and 52');
      await refused({ area: 'Rotherham North', weeks: 53 }, coordinator, 'BAD_USER_INPUT', 'staleAfterWeeks must be between 1 and 52');
    });
  });
});

describe('setCaseloadLimit', () => {
  const SET = `mutation($workerId: ID!, $limit: Int!) { setCaseloadLimit(workerId: $workerId, limit: $limit) { id caseloadLimit caseloadCount overLimit } }`;
  const limitOf = async (workerId: string) => Number((await subgraph.db.query('SELECT caseload_limit FROM families.worker WHERE id = $1', [workerId]))[0].caseload_limit);

  it('lets a co-ordinator set the limit of a lead worker in their area, audited; the oversight follows it', async () => {
    const count = openLedBy(megan.id).length;
    const result = await ask(SET, { workerId: megan.id, limit: count - 1 }, coordinator);
    expect(result.errors).toBeUndefined();
    expect(result.data.setCaseloadLimit).toEqual({ id: megan.id, caseloadLimit: count - 1, caseloadCount: count, overLimit: true });
    expect(await limitOf(megan.id)).toBe(count - 1);
    const audit = await subgraph.db.query(`SELECT actor_id, fields FROM families.audit_event WHERE worker_id = $1 AND action = 'UPDATE'`, [megan.id]);
    expect(audit).toEqual([{ actor_id: coordinator.sub, fields: ['caseloadLimit'] }]);

    // Sarah further over than Megan: both over, the furthest first, ahead of everyone under the limit.
    await ask(SET, { workerId: sarah.sub, limit: openLedBy(sarah.sub).length - 3 }, coordinator);
    const oversight = await ask(`{ caseloadOversight(area: "Rotherham North") { workers { worker { name } } overLimit { worker { name } overLimit } } }`, {}, coordinator);
    expect(oversight.data.caseloadOversight.overLimit).toEqual([
      { worker: { name: 'Sarah Ahmed' }, overLimit: true },
      { worker: { name: 'Megan Clarke' }, overLimit: true },
    ]);
    expect(oversight.data.caseloadOversight.workers.map((w: any) => w.worker.name)).toEqual(['Sarah Ahmed', 'Megan Clarke']);
  });

  it('takes 0 and 50', async () => {
    for (const limit of [0, 50]) {
      const result = await ask(SET, { workerId: megan.id, limit }, manager);
      expect(result.errors).toBeUndefined();
      expect(await limitOf(megan.id)).toBe(limit);
    }
  });

  describe('refuses, changing nothing', () => {
    const refused = async (variables: { workerId: string; limit: number }, identity: Identity, code: string, message: string) => {
      const before = await subgraph.db.query('SELECT id, caseload_limit FROM families.worker ORDER BY id');
      const result = await ask(SET, variables, identity);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).toContain(message);
      expect(await subgraph.db.query('SELECT id, caseload_limit FROM families.worker ORDER BY id')).toEqual(before);
    };
    it('a limit over 50 or under 0', async () => {
      await refused({ workerId: megan.id, limit: 51 }, coordinator, 'BAD_USER_INPUT', 'limit must be between 0 and 50');
      await refused({ workerId: megan.id, limit: -1 }, coordinator, 'BAD_USER_INPUT', 'limit must be between 0 and 50');
    });
    it('a lead worker setting limits', () => refused({ workerId: sarah.sub, limit: 20 }, sarah, 'FORBIDDEN', 'cannot set caseload limits'));
    it('a co-ordinator setting the limit of a worker in another area', () =>
      refused({ workerId: aisha.id, limit: 20 }, coordinator, 'FORBIDDEN', 'Aisha Khan works in Wentworth North, none of which is yours'));
    it('a worker who is not a lead worker', () => refused({ workerId: DEMO_USERS.find((u) => u.role === 'COORDINATOR')!.id, limit: 10 }, manager, 'BAD_USER_INPUT', 'is not a lead worker'));
    it('a worker who does not exist, or a malformed id', async () => {
      await refused({ workerId: '00000000-0000-4000-8000-000000000000', limit: 10 }, manager, 'NOT_FOUND', 'No worker with id');
      await refused({ workerId: 'megan', limit: 10 }, manager, 'BAD_USER_INPUT', '"megan" is not a valid worker id');
    });
  });
});

describe('lead worker history', () => {
  const HISTORY = `query($id: ID!) { family(id: $id) { leadWorkerHistory { worker { id name } allocatedOn endedOn reason } } }`;

  it('shows the current lead worker first and keeps the one before', async () => {
    const family = openLedBy(sarah.sub)[0]!;
    const allocatedOn = demoCasework(family).statusHistory.find((s) => s.toStatus === 'ALLOCATED')!.changedOn;
    const before = await ask(HISTORY, { id: family.id });
    expect(before.data.family.leadWorkerHistory).toEqual([
      { worker: { id: sarah.sub, name: sarah.name }, allocatedOn, endedOn: null, reason: 'Allocated by co-ordinator' },
    ]);

    const moved = await ask(`mutation($f: ID!, $w: ID!) { assignLeadWorker(familyId: $f, workerId: $w, reason: "Sarah's caseload is full") { id } }`, { f: family.id, w: megan.id }, coordinator);
    expect(moved.errors).toBeUndefined();
    const after = await ask(HISTORY, { id: family.id });
    expect(after.data.family.leadWorkerHistory).toEqual([
      { worker: { id: megan.id, name: megan.name }, allocatedOn: today(), endedOn: null, reason: "Sarah's caseload is full" },
      { worker: { id: sarah.sub, name: sarah.name }, allocatedOn, endedOn: today(), reason: 'Allocated by co-ordinator' },
    ]);

    // Moved back the same day: still the current spell first.
    await ask(`mutation($f: ID!, $w: ID!) { assignLeadWorker(familyId: $f, workerId: $w, reason: "Back to Sarah") { id } }`, { f: family.id, w: sarah.sub }, coordinator);
    const back = await ask(HISTORY, { id: family.id });
    expect(back.data.family.leadWorkerHistory.map((a: any) => [a.worker.name, a.endedOn])).toEqual([
      ['Sarah Ahmed', null],
      ['Megan Clarke', today()],
      ['Sarah Ahmed', today()],
    ]);
  });

  it('costs one statement for the histories and one for their workers, however many families', async () => {
    const query = `query($first: Int) { families(first: $first) { edges { node { leadWorkerHistory { worker { name } allocatedOn } } } } }`;
    const few = await selectsOf(() => ask(query, { first: 3 }));
    const many = await selectsOf(() => ask(query, { first: 80 }));
    expect(many).toHaveLength(few.length);
    expect(many.filter((sql) => sql.includes('"families"."allocation"'))).toHaveLength(1);
    expect(many.filter((sql) => sql.includes('"families"."worker"'))).toHaveLength(1);
  });
});

describe('allocating a family that is only identified', () => {
  const ALLOCATE = `mutation($f: ID!, $w: ID!, $confirm: Boolean) { assignLeadWorker(familyId: $f, workerId: $w, confirmEligible: $confirm) { id status leadWorker { id } } }`;
  const STATUS = `query($id: ID!) { family(id: $id) { status statusHistory { fromStatus toStatus reason } leadWorkerHistory { worker { id } } } }`;

  async function identifiedFamily() {
    const created = await ask(
      `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id status } }`,
      { input: { addressLine: '4 Canklow Road', postcode: 'S60 2JB', area: 'Rotherham North', identifiedBy: 'DATA_MATCHING', members: [{ fullName: 'Joanne Platt', dateOfBirth: '1986-07-07', role: 'PARENT_CARER' }] } },
      coordinator,
    );
    expect(created.data.createFamily.status).toBe('IDENTIFIED');
    return created.data.createFamily.id as string;
  }

  it('is refused until the allocator confirms the family is eligible, changing nothing', async () => {
    const familyId = await identifiedFamily();
    const refused = await ask(ALLOCATE, { f: familyId, w: sarah.sub }, coordinator);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('has not been confirmed eligible'), extensions: { code: 'BAD_USER_INPUT', field: 'confirmEligible' } });
    const unchanged = await ask(STATUS, { id: familyId });
    expect(unchanged.data.family).toMatchObject({ status: 'IDENTIFIED', leadWorkerHistory: [] });
  });

  it('with confirmation, makes it eligible then allocated, both steps in its history in order', async () => {
    const familyId = await identifiedFamily();
    const allocated = await ask(ALLOCATE, { f: familyId, w: sarah.sub, confirm: true }, coordinator);
    expect(allocated.errors).toBeUndefined();
    expect(allocated.data.assignLeadWorker).toMatchObject({ status: 'ALLOCATED', leadWorker: { id: sarah.sub } });
    const after = await ask(STATUS, { id: familyId });
    expect(after.data.family.statusHistory.slice(0, 2)).toEqual([
      { fromStatus: 'ELIGIBLE', toStatus: 'ALLOCATED', reason: `Lead worker allocated: ${sarah.name}` },
      { fromStatus: 'IDENTIFIED', toStatus: 'ELIGIBLE', reason: 'Confirmed eligible when allocating a lead worker' },
    ]);
  });

  it('orders several reallocations on one day by when they were made', async () => {
    const familyId = await identifiedFamily();
    const order = [sarah.sub, megan.id, aisha.id, sarah.sub, megan.id];
    for (const [i, workerId] of order.entries()) {
      const result = await ask(ALLOCATE, { f: familyId, w: workerId, confirm: i === 0 }, coordinator);
      expect(result.errors).toBeUndefined();
    }
    const history = await ask(`query($id: ID!) { family(id: $id) { leadWorkerHistory { worker { id } allocatedAt endedOn } } }`, { id: familyId });
    const spells = history.data.family.leadWorkerHistory;
    expect(spells.map((a: any) => a.worker.id)).toEqual([...order].reverse());
    expect(spells.map((a: any) => a.endedOn)).toEqual([null, today(), today(), today(), today()]);
    const times = spells.map((a: any) => Date.parse(a.allocatedAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });
});
