import { demoCasework, demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { personPseudonym } from '../src/access/pseudonymise.ts';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
const analyst = demoIdentity('tom.lee')!;
type Identity = typeof manager;

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const count = async (sql: string, params: unknown[] = []) => Number((await subgraph.db.query(sql, params))[0].n);
const auditOf = async (familyId: string, field: string) =>
  (await subgraph.db.query(`SELECT action, actor_username, reason FROM families.audit_event WHERE family_id = $1 AND $2 = ANY(fields) ORDER BY id`, [familyId, field])) as {
    action: string;
    actor_username: string;
    reason: string | null;
  }[];

const markerOf = (family: DemoFamily) => demoCasework(family).restriction;
const inCoordinatorsArea = (family: DemoFamily) => coordinator.areas.includes(family.area);
const leadWorkerOf = (family: DemoFamily) => testIdentity('LEAD_WORKER', { sub: family.leadWorkerId!, username: 'the.lead.worker' });
/** A domestic abuse family in the co-ordinator's areas with a lead worker: the marker names lead workers and managers, not co-ordinators. */
const domesticAbuse = () => demoFamilies().find((f) => markerOf(f)?.kind === 'DOMESTIC_ABUSE' && inCoordinatorsArea(f) && f.leadWorkerId)!;
const cseRisk = () => demoFamilies().find((f) => markerOf(f)?.kind === 'CSE_RISK' && inCoordinatorsArea(f))!;

const HOUSEHOLD = `query($id: ID!) { family(id: $id) { version addressLine postcode restrictions { id kind createdAt details detailsWithheld detailsVisibleToYourRole } } }`;
const BREAK_GLASS = `query($id: ID!, $reason: String!) { restrictedDetails(familyId: $id, reason: $reason) { id kind details detailsWithheld } }`;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('restricted markers', () => {
  it('everyone who sees the family sees that a marker exists, never its details', async () => {
    const family = domesticAbuse();
    for (const identity of [manager, coordinator, leadWorkerOf(family), analyst]) {
      const result = await ask(HOUSEHOLD, { id: family.id }, identity);
      expect(result.errors, identity.role).toBeUndefined();
      expect(result.data.family.restrictions, identity.role).toEqual([
        {
          id: markerOf(family)!.id,
          kind: 'DOMESTIC_ABUSE',
          createdAt: expect.any(String),
          details: null,
          detailsWithheld: true,
          detailsVisibleToYourRole: identity.role === 'MANAGER' || identity.role === 'LEAD_WORKER',
        },
      ]);
    }
  });

  it('a domestic abuse marker withholds the address from roles it does not name', async () => {
    const family = domesticAbuse();
    const seenBy = async (identity: Identity) => (await ask(HOUSEHOLD, { id: family.id }, identity)).data.family;
    expect(await seenBy(coordinator)).toMatchObject({ addressLine: null, postcode: null });
    expect(await seenBy(analyst)).toMatchObject({ addressLine: null, postcode: null });
    expect(await seenBy(manager)).toMatchObject({ addressLine: family.addressLine, postcode: family.postcode });
    expect(await seenBy(leadWorkerOf(family))).toMatchObject({ addressLine: family.addressLine, postcode: family.postcode });
    // In lists too, not only on the family's own page.
    const search = await ask(`query($r: String!) { searchFamilies(filter: { reference: $r }) { edges { node { addressLine postcode } } } }`, { r: family.reference }, coordinator);
    expect(search.data.searchFamilies.edges).toEqual([{ node: { addressLine: null, postcode: null } }]);
  });

  it('other markers leave the address alone', async () => {
    const family = cseRisk();
    expect((await ask(HOUSEHOLD, { id: family.id }, coordinator)).data.family).toMatchObject({ addressLine: family.addressLine, postcode: family.postcode });
  });

  describe('break glass', () => {
    it('needs a reason of at least 10 characters, and reads nothing without one', async () => {
      const family = domesticAbuse();
      for (const reason of ['', '   ', 'checking']) {
        const result = await ask(BREAK_GLASS, { id: family.id, reason });
        expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('at least 10 characters'), extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
        expect(result.data).toBeNull();
      }
      expect(await auditOf(family.id, 'restrictions.details')).toEqual([]);
    });

    it('shows the details to a named role and records who read them and why', async () => {
      const family = domesticAbuse();
      const reason = 'Planning a joint home visit with the police';
      const result = await ask(BREAK_GLASS, { id: family.id, reason });
      expect(result.errors).toBeUndefined();
      expect(result.data.restrictedDetails).toEqual([{ id: markerOf(family)!.id, kind: 'DOMESTIC_ABUSE', details: markerOf(family)!.details, detailsWithheld: false }]);
      expect(await auditOf(family.id, 'restrictions.details')).toEqual([{ action: 'READ', actor_username: manager.username, reason }]);
    });

    it('refuses a role the marker does not name, and records the attempt', async () => {
      const family = domesticAbuse();
      const before = (await auditOf(family.id, 'restrictions.details')).length;
      const reason = 'Co-ordinator reviewing the caseload';
      const result = await ask(BREAK_GLASS, { id: family.id, reason }, coordinator);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('do not name your role'), extensions: { code: 'FORBIDDEN' } });
      const rows = await auditOf(family.id, 'restrictions.details');
      expect(rows.slice(before)).toEqual([{ action: 'DENIED', actor_username: coordinator.username, reason }]);
      const asAnalyst = await ask(BREAK_GLASS, { id: family.id, reason: 'Checking the figures for the quarter' }, analyst);
      expect(asAnalyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('is NOT_FOUND for a family the caller cannot see', async () => {
      const family = demoFamilies().find((f) => markerOf(f) && !inCoordinatorsArea(f))!;
      const result = await ask(BREAK_GLASS, { id: family.id, reason: 'Looking at a family elsewhere' }, coordinator);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('adding and lifting markers', () => {
    let family: { id: string; reference: string; version: number };
    const ADD = `mutation($input: AddRestrictionInput!) { addRestriction(input: $input) { version addressLine postcode restrictions { id kind details } } }`;
    const LIFT = `mutation($id: ID!, $reason: String!) { liftRestriction(restrictionId: $id, reason: $reason) { version addressLine restrictions { id } } }`;
    const marker = (overrides: Record<string, unknown> = {}) => ({
      input: {
        familyId: family.id,
        kind: 'DOMESTIC_ABUSE',
        details: 'Mother fled to refuge; ex-partner is looking for the family.',
        visibleToRoles: ['LEAD_WORKER', 'MANAGER'],
        expectedVersion: family.version,
        ...overrides,
      },
    });
    const markers = () => count(`SELECT count(*) AS n FROM families.restriction WHERE family_id = $1`, [family.id]);

    beforeAll(async () => {
      const created = await ask(
        `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id reference version } }`,
        { input: { addressLine: '8 Broom Lane', postcode: 'S60 3EW', area: 'Rotherham South', identifiedBy: 'DATA_MATCHING', members: [{ fullName: 'Jodie Haigh', dateOfBirth: '1991-06-06', role: 'PARENT_CARER' }] } },
        coordinator,
      );
      family = created.data.createFamily;
    });

    it('refuses bad markers, writing nothing', async () => {
      const cases: [Record<string, unknown>, string, Identity][] = [
        [{ visibleToRoles: [] }, 'BAD_USER_INPUT', coordinator],
        [{ visibleToRoles: ['POLICE'] }, 'BAD_USER_INPUT', coordinator],
        [{ visibleToRoles: ['MANAGER', 'ANALYST'] }, 'BAD_USER_INPUT', coordinator],
        [{ visibleToRoles: ['MANAGER', 'MANAGER'] }, 'BAD_USER_INPUT', coordinator],
        [{ details: '  ' }, 'BAD_USER_INPUT', coordinator],
        [{ expectedVersion: family.version + 3 }, 'CONFLICT', coordinator],
        [{}, 'FORBIDDEN', analyst],
        [{}, 'FORBIDDEN', testIdentity('PARTNER')],
      ];
      for (const [overrides, code, identity] of cases) {
        const result = await ask(ADD, marker(overrides), identity);
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(overrides)).toBe(code);
      }
      expect(await markers()).toBe(0);
    });

    it('a domestic abuse marker withholds the address at once; a second of the same kind is a CONFLICT', async () => {
      const added = await ask(ADD, marker(), coordinator);
      expect(added.errors).toBeUndefined();
      expect(added.data.addRestriction).toMatchObject({ version: family.version + 1, addressLine: null, postcode: null, restrictions: [{ kind: 'DOMESTIC_ABUSE', details: null }] });
      family.version += 1;
      expect((await ask(HOUSEHOLD, { id: family.id }, manager)).data.family).toMatchObject({ addressLine: '8 Broom Lane', postcode: 'S60 3EW' });

      const again = await ask(ADD, marker(), manager);
      expect(again.errors?.[0]).toMatchObject({ message: expect.stringContaining('already has a DOMESTIC_ABUSE marker'), extensions: { code: 'CONFLICT' } });
      expect(await markers()).toBe(1);
    });

    it('only the roles it names may change the address while it is in force', async () => {
      const update = (identity: Identity) =>
        ask(`mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { version } }`, { input: { familyId: family.id, expectedVersion: family.version, addressLine: '9 Broom Lane' } }, identity);
      expect((await update(coordinator)).errors?.[0]).toMatchObject({ message: expect.stringContaining('restricted'), extensions: { code: 'FORBIDDEN' } });
      expect((await subgraph.db.query(`SELECT address_line, version FROM families.family WHERE id = $1`, [family.id]))[0]).toEqual({ address_line: '8 Broom Lane', version: family.version });
      expect((await update(manager)).errors).toBeUndefined();
      family.version += 1;
    });

    it('only a manager lifts a marker, with a reason that is kept; the address shows again', async () => {
      const id = (await ask(HOUSEHOLD, { id: family.id }, manager)).data.family.restrictions[0].id;
      expect((await ask(LIFT, { id, reason: 'Risk reassessed at MARAC' }, coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await ask(LIFT, { id, reason: 'done' }, manager)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await ask(LIFT, { id: '00000000-0000-4000-8000-000000000000', reason: 'Risk reassessed at MARAC' }, manager)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await count(`SELECT count(*) AS n FROM families.restriction WHERE family_id = $1 AND lifted_at IS NOT NULL`, [family.id])).toBe(0);

      const lifted = await ask(LIFT, { id, reason: 'Risk reassessed at MARAC; perpetrator in custody' }, manager);
      expect(lifted.errors).toBeUndefined();
      expect(lifted.data.liftRestriction).toMatchObject({ version: family.version + 1, restrictions: [] });
      expect((await ask(HOUSEHOLD, { id: family.id }, coordinator)).data.family).toMatchObject({ addressLine: '9 Broom Lane', restrictions: [] });
      expect((await subgraph.db.query(`SELECT lifted_by, lifted_reason FROM families.restriction WHERE id = $1`, [id]))[0]).toEqual({
        lifted_by: manager.sub,
        lifted_reason: 'Risk reassessed at MARAC; perpetrator in custody',
      });
      expect((await ask(LIFT, { id, reason: 'Risk reassessed at MARAC' }, manager)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });
  });
});

describe('analysts', () => {
  const LIST = `{ families(first: 12) { edges { node { id reference addressLine postcode members { id fullName dateOfBirth school } } } } }`;

  it('see stable pseudonyms, years of birth, no address line and only the district of the postcode', async () => {
    const first = await ask(LIST, {}, analyst);
    expect(first.errors).toBeUndefined();
    const again = await ask(LIST, {}, analyst);
    expect(again.data).toEqual(first.data);
    const pseudonyms = new Set<string>();
    for (const { node } of first.data.families.edges) {
      const demo = demoFamilies().find((f) => f.id === node.id)!;
      expect(node.addressLine).toBeNull();
      const withheld = markerOf(demo)?.kind === 'DOMESTIC_ABUSE';
      expect(node.postcode).toBe(withheld ? null : demo.postcode.split(' ')[0]);
      for (const member of node.members) {
        const real = demo.members.find((m) => m.id === member.id)!;
        expect(member.fullName).toMatch(/^Person [0-9A-F]{8}$/);
        expect(member.fullName).not.toContain(real.fullName.split(' ')[0]);
        expect(member.dateOfBirth).toBe(real.dateOfBirth.slice(0, 4));
        expect(member.school).toBeNull();
        pseudonyms.add(member.fullName);
      }
    }
    expect(pseudonyms.size).toBe(first.data.families.edges.flatMap((e: any) => e.node.members).length);
    const asManager = await ask(LIST, {}, manager);
    const firstFamily = asManager.data.families.edges[0].node;
    expect(firstFamily.members.map((m: any) => m.fullName).sort()).toEqual(demoFamilies().find((f) => f.id === firstFamily.id)!.members.map((m) => m.fullName).sort());
  });

  it('pseudonyms are keyed by the server secret', () => {
    const id = demoFamilies()[0]!.members[0]!.id;
    const saved = { secret: process.env.HEARTH_PSEUDONYM_SECRET, env: process.env.NODE_ENV };
    try {
      const development = personPseudonym(id);
      expect(personPseudonym(id)).toBe(development);
      process.env.HEARTH_PSEUDONYM_SECRET = 'another-council-secret';
      expect(personPseudonym(id)).not.toBe(development);
      delete process.env.HEARTH_PSEUDONYM_SECRET;
      process.env.NODE_ENV = 'production';
      expect(() => personPseudonym(id)).toThrow(/HEARTH_PSEUDONYM_SECRET/);
    } finally {
      if (saved.secret === undefined) delete process.env.HEARTH_PSEUDONYM_SECRET;
      else process.env.HEARTH_PSEUDONYM_SECRET = saved.secret;
      process.env.NODE_ENV = saved.env;
    }
  });

  it('cannot search by name, date of birth or postcode, but can by reference and status', async () => {
    const person = demoFamilies()[3]!.members[0]!;
    for (const filter of [{ name: person.fullName }, { dateOfBirth: person.dateOfBirth }, { postcode: 'S60' }, { postcode: 'S60', statuses: ['ENGAGED'] }]) {
      const result = await ask(`query($f: FamilySearchInput!) { searchFamilies(filter: $f) { totalCount } }`, { f: filter }, analyst);
      expect(result.errors?.[0], JSON.stringify(filter)).toMatchObject({ message: expect.stringContaining('pseudonymised'), extensions: { code: 'FORBIDDEN' } });
    }
    const byStatus = await ask(`{ searchFamilies(filter: { statuses: [ENGAGED], reference: "4" }) { edges { node { reference members { fullName } } } } }`, {}, analyst);
    expect(byStatus.errors).toBeUndefined();
    for (const edge of byStatus.data.searchFamilies.edges) for (const m of edge.node.members) expect(m.fullName).toMatch(/^Person /);
  });

  describe('cannot change anything', () => {
    const family = demoFamilies()[0]!;
    const person = family.members[0]!;
    const other = demoFamilies()[1]!;
    let changedAfter: number;
    const snapshot = () => subgraph.db.query(`SELECT id, version FROM families.family ORDER BY id`);
    let before: unknown;
    beforeAll(async () => {
      before = await snapshot();
      changedAfter = await count(`SELECT count(*) AS n FROM families.audit_event WHERE action IN ('UPDATE', 'CREATE')`);
    });
    afterEach(async () => {
      expect(await snapshot()).toEqual(before);
      expect(await count(`SELECT count(*) AS n FROM families.audit_event WHERE action IN ('UPDATE', 'CREATE')`)).toBe(changedAfter);
    });

    it.each([
      ['createFamily', `mutation { createFamily(input: { addressLine: "1 A Street", postcode: "S60 1AE", area: "Rotherham North", identifiedBy: DATA_MATCHING }) { id } }`],
      ['updateHousehold', `mutation { updateHousehold(input: { familyId: "${family.id}", expectedVersion: 1, cohort: "x" }) { id } }`],
      ['updatePerson', `mutation { updatePerson(input: { personId: "${person.id}", expectedVersion: 1, school: "x" }) { id } }`],
      ['movePerson', `mutation { movePerson(input: { personId: "${person.id}", toFamilyId: "${other.id}", role: CHILD, reason: "Moved house", movedOn: "2026-01-01", expectedVersion: 1 }) { id } }`],
      ['recordRelationship', `mutation { recordRelationship(input: { familyId: "${family.id}", personId: "${person.id}", relatedPersonId: "${family.members[1]?.id ?? other.members[0]!.id}", kind: CARER_OF }) { id } }`],
      ['addRestriction', `mutation { addRestriction(input: { familyId: "${family.id}", kind: STAFF_SAFETY, details: "Dog", visibleToRoles: ["MANAGER"], expectedVersion: 1 }) { id } }`],
      ['liftRestriction', `mutation { liftRestriction(restrictionId: "${markerOf(domesticAbuse())!.id}", reason: "No longer needed at all") { id } }`],
      ['changeFamilyStatus', `mutation { changeFamilyStatus(input: { familyId: "${family.id}", to: CLOSED, reason: "x", expectedVersion: 1 }) { id } }`],
    ])('%s is FORBIDDEN', async (_name, mutation) => {
      const result = await ask(mutation, {}, analyst);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});

describe('programme figures', () => {
  const FIGURES = `{ programmeFigures { totalFamilies byStatus { status families } byArea { area families } byIdentificationRoute { route families }
    familiesWithoutLeadWorker leadWorkers averageCaseload } }`;
  const ENDED = `('CLOSED', 'DECLINED', 'STEPPED_DOWN', 'STEPPED_UP')`;

  async function expectedFigures(areas: string[] | null) {
    const where = areas ? `area = ANY($1)` : 'true';
    const params = areas ? [areas] : [];
    const led = await count(`SELECT count(*) AS n FROM families.family WHERE ${where} AND lead_worker_id IS NOT NULL AND status NOT IN ${ENDED}`, params);
    const workers = await count(`SELECT count(DISTINCT lead_worker_id) AS n FROM families.family WHERE ${where} AND status NOT IN ${ENDED}`, params);
    return {
      totalFamilies: await count(`SELECT count(*) AS n FROM families.family WHERE ${where}`, params),
      engaged: await count(`SELECT count(*) AS n FROM families.family WHERE ${where} AND status = 'ENGAGED'`, params),
      nominated: await count(`SELECT count(*) AS n FROM families.family WHERE ${where} AND identified_by = 'AGENCY_NOMINATION'`, params),
      familiesWithoutLeadWorker: await count(`SELECT count(*) AS n FROM families.family WHERE ${where} AND lead_worker_id IS NULL AND status NOT IN ${ENDED}`, params),
      leadWorkers: workers,
      averageCaseload: Math.round((led / workers) * 10) / 10,
    };
  }

  it('gives analysts counts across every family, and nobody’s personal data', async () => {
    const result = await ask(FIGURES, {}, analyst);
    expect(result.errors).toBeUndefined();
    const figures = result.data.programmeFigures;
    const expected = await expectedFigures(null);
    expect(figures).toMatchObject({
      totalFamilies: expected.totalFamilies,
      familiesWithoutLeadWorker: expected.familiesWithoutLeadWorker,
      leadWorkers: expected.leadWorkers,
      averageCaseload: expected.averageCaseload,
    });
    expect(figures.averageCaseload).toBeGreaterThan(1);
    expect(figures.byStatus).toHaveLength(11);
    expect(figures.byStatus.find((s: any) => s.status === 'ENGAGED').families).toBe(expected.engaged);
    expect(figures.byIdentificationRoute.find((r: any) => r.route === 'AGENCY_NOMINATION').families).toBe(expected.nominated);
    for (const breakdown of [figures.byStatus, figures.byArea, figures.byIdentificationRoute]) {
      expect(breakdown.reduce((sum: number, row: any) => sum + row.families, 0)).toBe(expected.totalFamilies);
    }
    expect(figures.byArea.map((a: any) => a.area)).toHaveLength(7);
    const text = JSON.stringify(figures);
    for (const family of demoFamilies().slice(0, 20)) expect(text).not.toContain(family.members[0]!.fullName.split(' ')[1]!);
  });

  it('gives co-ordinators the figures of their own areas only', async () => {
    const result = await ask(FIGURES, {}, coordinator);
    expect(result.errors).toBeUndefined();
    const figures = result.data.programmeFigures;
    const expected = await expectedFigures(coordinator.areas);
    expect(figures).toMatchObject({ totalFamilies: expected.totalFamilies, leadWorkers: expected.leadWorkers, averageCaseload: expected.averageCaseload });
    expect(figures.byArea.map((a: any) => a.area).sort()).toEqual([...coordinator.areas].sort());
  });

  it('are not for lead workers or partners', async () => {
    for (const identity of [demoIdentity('sarah.ahmed')!, demoIdentity('mark.wilson')!]) {
      expect((await ask(FIGURES, {}, identity)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
