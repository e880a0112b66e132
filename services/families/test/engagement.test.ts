import type { Identity } from '@hearth/auth';
import { agencyNamed, DEMO_AGENCIES, DEMO_WORKERS, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
const leadWorker = demoIdentity('sarah.ahmed')!;
const police = demoIdentity('mark.wilson')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => postGraphQL(subgraph.url, query, variables, { identity });
const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM families.${table}`))[0].count);
const versionOf = async (familyId: string) => Number((await subgraph.db.query('SELECT version FROM families.family WHERE id = $1', [familyId]))[0].version);
const yesterday = async () => String((await subgraph.db.query(`SELECT (current_date - 1)::text AS day`))[0].day);

/** Runs one request and says how many SQL statements it cost. */
async function statementsFor(query: string, identity: Identity = manager) {
  const before = subgraph.statements.count;
  const result = await ask(query, {}, identity);
  expect(result.errors).toBeUndefined();
  return { total: subgraph.statements.count - before, sql: subgraph.statements.recent.slice(before - subgraph.statements.count) };
}

const ENGAGEMENTS = `query($id: ID!) { family(id: $id) { version engagements { id capacity startedOn endedOn active agency { id name type } } } }`;
const ADD = `mutation($input: AddEngagementInput!) { addEngagement(input: $input) { id version engagements { id capacity startedOn endedOn active agency { name } } } }`;
const END = `mutation($input: EndEngagementInput!) { endEngagement(input: $input) { id version engagements { id endedOn active agency { name } } } }`;

/** One of Sarah's families, and an agency that does not yet work with it. */
const sarahsFamilies = demoFamilies().filter((f) => f.leadWorkerId === leadWorker.sub);
const notEngaged = (family: (typeof sarahsFamilies)[number]) => DEMO_AGENCIES.find((a) => !family.engagedAgencyIds.includes(a.id))!;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('the agency directory', () => {
  it('lists agencies, optionally of one type', async () => {
    const all = await ask(`{ agencies { name type } }`);
    expect((all.data as any).agencies).toHaveLength(DEMO_AGENCIES.length);
    const schools = await ask(`query($type: AgencyType) { agencies(type: $type) { name type } }`, { type: 'SCHOOL' });
    expect((schools.data as any).agencies).toEqual([
      { name: 'Oakwood High School', type: 'SCHOOL' },
      { name: 'Thornhill Primary School', type: 'SCHOOL' },
    ]);
  });

  it("lists each agency's workers by name, in one statement for every agency", async () => {
    const result = await ask(`{ agencies { id name workers { id name } } }`);
    const agencies = (result.data as any).agencies as { id: string; workers: { id: string; name: string }[] }[];
    for (const agency of agencies) {
      const expected = DEMO_WORKERS.filter((w) => w.agencyId === agency.id).map((w) => w.name).sort();
      expect(agency.workers.map((w) => w.name)).toEqual(expected);
    }
    expect(agencies.find((a) => a.id === agencyNamed('South Yorkshire Police').id)!.workers.map((w) => w.name)).toEqual(['Daniel Hughes', 'Mark Wilson']);
    const { total, sql } = await statementsFor(`{ agencies { name workers { name } } }`);
    expect(sql.filter((s) => s.includes('"worker"'))).toHaveLength(1);
    expect(total).toBe(2);
  });

  it('lets a manager add an agency, refusing one already there under any spelling', async () => {
    const added = await ask(`mutation($input: AddAgencyInput!) { addAgency(input: $input) { id name type workers { name } } }`, {
      input: { name: '  Rotherham Women’s Refuge ', type: 'VOLUNTARY_SECTOR' },
    });
    expect(added.errors).toBeUndefined();
    expect((added.data as any).addAgency).toMatchObject({ name: 'Rotherham Women’s Refuge', type: 'VOLUNTARY_SECTOR', workers: [] });
    const listed = await ask(`{ agencies(type: VOLUNTARY_SECTOR) { name } }`);
    expect((listed.data as any).agencies.map((a: any) => a.name)).toContain('Rotherham Women’s Refuge');

    const before = await count('agency');
    for (const name of ['Rotherham Women’s Refuge', 'rotherham women’s refuge', ' SOUTH YORKSHIRE POLICE']) {
      const duplicate = await ask(`mutation($input: AddAgencyInput!) { addAgency(input: $input) { id } }`, { input: { name, type: 'VOLUNTARY_SECTOR' } });
      expect(duplicate.errors?.[0]).toMatchObject({ message: expect.stringContaining('is already in the directory'), extensions: { code: 'CONFLICT' } });
    }
    const respelt = await ask(`mutation { addAgency(input: { name: "south yorkshire POLICE ", type: POLICE }) { id } }`);
    expect(respelt.errors?.[0]?.message).toBe('South Yorkshire Police is already in the directory');
    const empty = await ask(`mutation { addAgency(input: { name: "  ", type: SCHOOL }) { id } }`);
    expect(empty.errors?.[0]).toMatchObject({ message: expect.stringContaining('name must not be empty'), extensions: { code: 'BAD_USER_INPUT' } });
    for (const someoneElse of [coordinator, leadWorker, police]) {
      const refused = await ask(`mutation { addAgency(input: { name: "Rotherham Credit Union", type: VOLUNTARY_SECTOR }) { id } }`, {}, someoneElse);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count('agency')).toBe(before);
  });

  it('is kept free of one agency under two spellings by the database, whoever adds them at the same moment', async () => {
    await expect(subgraph.db.query(`INSERT INTO families.agency (id, name, type) VALUES (gen_random_uuid(), ' catch22', 'VOLUNTARY_SECTOR')`)).rejects.toThrow(
      /agency_name_folded_idx/,
    );
  });

  it('lets a manager add a worker to an agency, who then appears in its directory entry', async () => {
    const agency = agencyNamed('Rotherham Housing Services');
    const added = await ask(`mutation($input: AddWorkerInput!) { addWorker(input: $input) { id name caseloadLimit agency { name } } }`, {
      input: { name: 'Nadia Hussain', agencyId: agency.id, role: 'LEAD_WORKER', areas: ['Rotherham North', 'Rotherham North', 'Wentworth Valley'], caseloadLimit: 8 },
    });
    expect(added.errors).toBeUndefined();
    const worker = (added.data as any).addWorker;
    expect(worker).toMatchObject({ name: 'Nadia Hussain', caseloadLimit: 8, agency: { name: 'Rotherham Housing Services' } });
    const [row] = await subgraph.db.query('SELECT role, areas, username FROM families.worker WHERE id = $1', [worker.id]);
    expect(row).toEqual({ role: 'LEAD_WORKER', areas: ['Rotherham North', 'Wentworth Valley'], username: null });
    const leads = await ask(`query($a: ID) { leadWorkers(agencyId: $a) { name } }`, { a: agency.id });
    expect((leads.data as any).leadWorkers).toEqual([{ name: 'Nadia Hussain' }]);
  });

  it('refuses a worker with an unknown agency or area, a negative caseload, or no area for an area-based role, writing nothing', async () => {
    const before = await count('worker');
    const add = (input: Record<string, unknown>, identity: Identity = manager) =>
      ask(`mutation($input: AddWorkerInput!) { addWorker(input: $input) { id } }`, {
        input: { name: 'Joe Bloggs', agencyId: agencyNamed('Catch22').id, role: 'LEAD_WORKER', areas: ['Rotherham South'], caseloadLimit: 10, ...input },
      }, identity);
    const unknownAgency = await add({ agencyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownAgency.errors?.[0]).toMatchObject({ message: 'No agency with id 00000000-0000-4000-8000-000000000000', extensions: { code: 'BAD_USER_INPUT' } });
    const unknownArea = await add({ areas: ['Rotherham South', 'Atlantis'] });
    expect(unknownArea.errors?.[0]).toMatchObject({ message: "Atlantis is not one of the council's areas", extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await add({ caseloadLimit: -1 });
    expect(negative.errors?.[0]).toMatchObject({ message: expect.stringContaining('caseloadLimit must not be negative'), extensions: { code: 'BAD_USER_INPUT' } });
    const nowhere = await add({ role: 'COORDINATOR', areas: [] });
    expect(nowhere.errors?.[0]).toMatchObject({ message: expect.stringContaining('needs at least one area'), extensions: { code: 'BAD_USER_INPUT' } });
    const byCoordinator = await add({}, coordinator);
    expect(byCoordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count('worker')).toBe(before);
  });
});

describe('multi-agency engagement', () => {
  it("lists the agencies working with a family, as the demo cohort has them", async () => {
    const family = sarahsFamilies[0]!;
    const result = await ask(ENGAGEMENTS, { id: family.id }, leadWorker);
    expect(result.errors).toBeUndefined();
    const engagements = (result.data as any).family.engagements;
    expect(engagements.map((e: any) => e.agency.id).sort()).toEqual([...family.engagedAgencyIds].sort());
    for (const engagement of engagements) expect(engagement).toMatchObject({ active: true, endedOn: null, startedOn: '2026-01-05' });
  });

  it('lets the lead worker add an agency, bumping the version, the new engagement among the current ones', async () => {
    const family = sarahsFamilies[1]!;
    const agency = notEngaged(family);
    const version = await versionOf(family.id);
    const result = await ask(ADD, { input: { familyId: family.id, agencyId: agency.id, capacity: ' Team Around the Family ', startedOn: '2026-11-02', expectedVersion: version } }, leadWorker);
    expect(result.errors).toBeUndefined();
    const changed = (result.data as any).addEngagement;
    expect(changed.version).toBe(version + 1);
    expect(changed.engagements).toHaveLength(family.engagedAgencyIds.length + 1);
    expect(changed.engagements[0]).toMatchObject({ capacity: 'Team Around the Family', startedOn: '2026-11-02', endedOn: null, active: true, agency: { name: agency.name } });
    const [row] = await subgraph.db.query('SELECT recorded_by FROM families.engagement WHERE id = $1', [changed.engagements[0].id]);
    expect(row.recorded_by).toBe(leadWorker.sub);
  });

  it('refuses an agency already working with the family, a stale version, an unknown agency and a future start, writing nothing', async () => {
    const family = sarahsFamilies[2]!;
    const engaged = agencyNamed(DEMO_AGENCIES.find((a) => a.id === family.engagedAgencyIds[0])!.name);
    const version = await versionOf(family.id);
    const before = await count('engagement');
    const add = (input: Record<string, unknown>, identity: Identity = leadWorker) =>
      ask(ADD, { input: { familyId: family.id, agencyId: notEngaged(family).id, capacity: 'Attendance officer', expectedVersion: version, ...input } }, identity);

    const twice = await add({ agencyId: engaged.id });
    expect(twice.errors?.[0]).toMatchObject({ message: expect.stringContaining(`${engaged.name} is already working with ${family.reference}`), extensions: { code: 'CONFLICT' } });
    const stale = await add({ expectedVersion: version + 1 });
    expect(stale.errors?.[0]).toMatchObject({ message: expect.stringContaining('Someone else changed'), extensions: { code: 'CONFLICT' } });
    const unknown = await add({ agencyId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No agency with id 00000000-0000-4000-8000-000000000000', extensions: { code: 'BAD_USER_INPUT' } });
    const future = await add({ startedOn: '2999-01-01' });
    expect(future.errors?.[0]).toMatchObject({ message: expect.stringContaining('startedOn must be a date in the past'), extensions: { code: 'BAD_USER_INPUT' } });
    const emptyCapacity = await add({ capacity: '  ' });
    expect(emptyCapacity.errors?.[0]).toMatchObject({ message: expect.stringContaining('capacity must not be empty'), extensions: { code: 'BAD_USER_INPUT' } });
    const partner = await add({}, police);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notHers = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== leadWorker.sub)!;
    const elsewhere = await ask(ADD, { input: { familyId: notHers.id, agencyId: notEngaged(notHers).id, capacity: 'Work coach', expectedVersion: 1 } }, leadWorker);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect(await count('engagement')).toBe(before);
    expect(await versionOf(family.id)).toBe(version);
  });

  it('ends an engagement: it stays on the record, no longer current, and the agency may be engaged again', async () => {
    const family = sarahsFamilies[3]!;
    const agency = notEngaged(family);
    let version = await versionOf(family.id);
    const added = await ask(ADD, { input: { familyId: family.id, agencyId: agency.id, capacity: 'Work coach', startedOn: '2026-10-01', expectedVersion: version } }, leadWorker);
    const engagement = (added.data as any).addEngagement.engagements.find((e: any) => e.agency.name === agency.name);
    version += 1;

    const before = await count('engagement');
    const tooEarly = await ask(END, { input: { engagementId: engagement.id, endedOn: '2026-09-30', expectedVersion: version } }, leadWorker);
    expect(tooEarly.errors?.[0]).toMatchObject({ message: 'endedOn (2026-09-30) cannot be before the engagement started (2026-10-01)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await versionOf(family.id)).toBe(version);

    const endedOn = await yesterday();
    const ended = await ask(END, { input: { engagementId: engagement.id, endedOn, expectedVersion: version } }, leadWorker);
    expect(ended.errors).toBeUndefined();
    const engagements = (ended.data as any).endEngagement.engagements;
    expect(engagements.at(-1)).toMatchObject({ id: engagement.id, endedOn, active: false });
    expect(engagements.slice(0, -1).every((e: any) => e.active)).toBe(true);
    version += 1;

    const again = await ask(END, { input: { engagementId: engagement.id, endedOn, expectedVersion: version } }, leadWorker);
    expect(again.errors?.[0]).toMatchObject({ message: `This engagement already ended on ${endedOn}`, extensions: { code: 'CONFLICT' } });
    expect(await versionOf(family.id)).toBe(version);

    const rejoined = await ask(ADD, { input: { familyId: family.id, agencyId: agency.id, capacity: 'Work coach', expectedVersion: version } }, leadWorker);
    expect(rejoined.errors).toBeUndefined();
    expect(await count('engagement')).toBe(before + 1);
  });

  it("ending engagement today keeps it current to the end of the day, as the partner's access does", async () => {
    const family = sarahsFamilies[4]!;
    const [engagement] = ((await ask(ENGAGEMENTS, { id: family.id }, leadWorker)).data as any).family.engagements;
    const ended = await ask(END, { input: { engagementId: engagement.id, expectedVersion: await versionOf(family.id) } }, leadWorker);
    expect(ended.errors).toBeUndefined();
    const today = String((await subgraph.db.query(`SELECT current_date::text AS day`))[0].day);
    expect((ended.data as any).endEngagement.engagements.find((e: any) => e.id === engagement.id)).toMatchObject({ endedOn: today, active: true });
  });

  it("says an engagement with a family the caller cannot see does not exist, and that a partner may not end one", async () => {
    const notHers = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== leadWorker.sub)!;
    const [engagement] = ((await ask(ENGAGEMENTS, { id: notHers.id })).data as any).family.engagements;
    const lastEventBefore = Number((await subgraph.db.query(`SELECT max(id) AS id FROM families.audit_event`))[0].id ?? 0);
    const hidden = await ask(END, { input: { engagementId: engagement.id, expectedVersion: 1 } }, leadWorker);
    expect(hidden.errors?.[0]).toMatchObject({ message: `No engagement with id ${engagement.id}`, extensions: { code: 'NOT_FOUND' } });
    const unknown = await ask(END, { input: { engagementId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1 } }, leadWorker);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No engagement with id 00000000-0000-4000-8000-000000000000', extensions: { code: 'NOT_FOUND' } });
    const partner = await ask(END, { input: { engagementId: engagement.id, expectedVersion: 1 } }, police);
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await subgraph.db.query('SELECT ended_on FROM families.engagement WHERE id = $1', [engagement.id]);
    expect(row.ended_on).toBeNull();
    const denied = await subgraph.db.query(`SELECT action, fields FROM families.audit_event WHERE actor_id = $1 AND family_id = $2 AND id > $3`, [leadWorker.sub, notHers.id, lastEventBefore]);
    expect(denied).toEqual([{ action: 'DENIED', fields: ['engagements'] }]);
  });

  it('loads every family’s engagements and their agencies in one statement each, however many families are on the page', async () => {
    const page = (first: number) => `{ families(first: ${first}) { edges { node { id engagements { active capacity agency { name } } } } } }`;
    const small = await statementsFor(page(5));
    const large = await statementsFor(page(60));
    expect(large.total).toBe(small.total);
    expect(large.sql.filter((s) => s.includes('"engagement"'))).toHaveLength(1);
    expect(large.sql.filter((s) => s.includes('"agency"'))).toHaveLength(1);
  });

  it('is read by anyone who may see the family, a co-ordinator included', async () => {
    const family = demoFamilies().find((f) => coordinator.areas.includes(f.area) && f.engagedAgencyIds.length > 1)!;
    const result = await ask(ENGAGEMENTS, { id: family.id }, coordinator);
    expect((result.data as any).family.engagements).toHaveLength(family.engagedAgencyIds.length);
    const analyst = await ask(ENGAGEMENTS, { id: family.id }, testIdentity('ANALYST'));
    expect(analyst.errors).toBeUndefined();
  });
});
