import type { Identity } from '@hearth/auth';
import { agencyNamed, AREA_NAMES, DEMO_AGENCIES, DEMO_AGREEMENT, DEMO_WORKERS, demoCasework, demoFamilies, demoIdentity } from '@hearth/demo-data';
import { INDICATOR_CODES, todayInUk } from '@hearth/programme';
import { postGraphQL, startSubgraphForTest, type GraphQLResponse, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

/**
 * Issue 4's authorization matrix: every root field of the families subgraph,
 * asked by every role (the demo users; both partners), with the outcome each
 * must get. Then the same family-scoped fields against a family the caller
 * may NOT see: NOT_FOUND, audited as DENIED, and indistinguishable from a
 * family that does not exist. And a check that the table has a row for every
 * root field of the live schema, so a new query or mutation without one fails.
 */

let subgraph: SubgraphUnderTest;

const CALLERS = {
  leadWorker: demoIdentity('sarah.ahmed')!,
  coordinator: demoIdentity('priya.patel')!,
  manager: demoIdentity('helen.carter')!,
  police: demoIdentity('mark.wilson')!,
  school: demoIdentity('grace.okafor')!,
  analyst: demoIdentity('tom.lee')!,
};
type Caller = keyof typeof CALLERS;
/** The table's columns, in order. */
const COLUMNS: Caller[] = ['leadWorker', 'coordinator', 'manager', 'police', 'school', 'analyst'];
/** An analyst sees every family (pseudonymised), so there is no family hidden from them: no column in the second table. */
const HIDDEN_COLUMNS: Caller[] = ['leadWorker', 'coordinator', 'manager', 'police', 'school'];

/**
 * - allowed:   answered without error; a list holds only families the caller may see, and a change lands and is audited.
 * - FORBIDDEN: refused for the caller's role (or, for break glass, because no marker names it); nothing changes.
 * - NOT_FOUND: the family does not exist for the caller: no data, no count, the attempt audited as DENIED.
 * - empty:     a partner's list: nothing in it (rows or totalCount) but the families their agency works with under consent.
 *
 * Against a family the caller may not see, a role that may never make the change (a partner adding a case
 * note, a lead worker allocating) is still refused FORBIDDEN: the role is checked before the family is looked
 * up, so the answer is word for word the one for an id that exists nowhere (each such cell checks that) and
 * says nothing about the family. Every role that may make the change gets NOT_FOUND, audited as DENIED.
 */
type Outcome = 'allowed' | 'FORBIDDEN' | 'NOT_FOUND' | 'empty';
const A = 'allowed';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const E = 'empty';

const police = agencyNamed('South Yorkshire Police');
const school = agencyNamed('Oakwood High School');
const housing = agencyNamed('Rotherham Housing Services');
const homeStart = agencyNamed('Home-Start Rotherham');
const council = agencyNamed('Families for Change Team');
const worker = (name: string) => DEMO_WORKERS.find((w) => w.name === name)!;
const megan = worker('Megan Clarke'); // a lead worker in Rotherham North
const aisha = worker('Aisha Khan'); // a lead worker in Wentworth North
const owen = worker('Owen Price'); // a lead worker in Rotherham South, who leads none of this file's families
/** An area the council has that no demo user works in, so even the manager cannot see its families. */
const OUTLYING_AREA = 'Maltby';

const ask = (query: string, variables: Record<string, unknown>, identity: Identity) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const sql = <T = any>(text: string, params: unknown[] = []) => subgraph.db.query(text, params) as Promise<T[]>;
const today = () => todayInUk();
const PSEUDONYM = /^Person [0-9A-F]{8}$/;

// ---------------------------------------------------------------------------------------------
// Fixtures: families written straight to the database, so each cell that changes state has its own.

interface Fixture {
  id: string;
  reference: string;
  parentId: string;
  parentName: string;
  childId: string;
  /** A STAFF_SAFETY marker (or the one asked for) in force. */
  restrictionId: string;
  restrictionDetails: string;
  /** The parent recorded as the child's carer. */
  relationshipId: string;
  /** Rotherham Housing Services works with every fixture. */
  engagementId: string;
  addressLine: string;
}

interface FixtureOptions {
  area?: string;
  leadWorkerId?: string | null;
  /** Agencies working with the family besides housing; the police and Oakwood High unless said otherwise. */
  partners?: string[];
  /** The consent in force; GIVEN for all engaged agencies unless said otherwise. */
  consent?: { scope: 'ALL_ENGAGED_AGENCIES' } | { scope: 'NAMED_AGENCIES'; agencyIds: string[] };
  restriction?: { kind: string; details: string; visibleToRoles: string[] };
}

/** Families this file made that a partner's agency works with under consent: they exist for that partner, besides the demo's. */
const madeVisibleTo: Record<'police' | 'school', Set<string>> = { police: new Set(), school: new Set() };

const STAFF_SAFETY = { kind: 'STAFF_SAFETY', details: 'Dog at the property; visit in pairs.', visibleToRoles: ['LEAD_WORKER', 'MANAGER'] };
const DOMESTIC_ABUSE = {
  kind: 'DOMESTIC_ABUSE',
  details: 'Perpetrator must not learn the address; share nothing without checking with the lead worker.',
  visibleToRoles: ['LEAD_WORKER', 'MANAGER'],
};

/** A surname no one else has, of letters only (names are searched word by word, letters only). */
function uniqueSurname(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  const vowels = 'aeiou';
  let name = 'Q';
  for (let i = 0; i < 4; i++) name += letters[randomInt(letters.length)]! + vowels[randomInt(vowels.length)]!;
  return name;
}

/**
 * A family led by Sarah Ahmed in Rotherham North that the police and Oakwood
 * High work with, consenting to share with every agency working with it: by
 * default every demo user can see it. Parent and child, a marker, and an
 * engagement with housing give every mutation something to act on.
 */
async function makeFamily(options: FixtureOptions = {}): Promise<Fixture> {
  const area = options.area ?? 'Rotherham North';
  const leadWorkerId = options.leadWorkerId === undefined ? CALLERS.leadWorker.sub : options.leadWorkerId;
  const partners = options.partners ?? [police.id, school.id];
  const consent = options.consent ?? { scope: 'ALL_ENGAGED_AGENCIES' };
  const restriction = options.restriction ?? STAFF_SAFETY;
  const surname = uniqueSurname();
  const ids = { parent: randomUUID(), child: randomUUID(), restriction: randomUUID(), engagement: randomUUID(), relationship: randomUUID() };
  const addressLine = `${randomInt(1, 999)} ${surname} Road`;
  const by = CALLERS.coordinator.sub;
  const family = await subgraph.db.transaction(async (tx) => {
    const [row] = (await tx.query(
      `INSERT INTO families.family (status, area, address_line, postcode, identified_by, cohort, lead_worker_id)
       VALUES ($1, $2, $3, 'S60 1AE', 'DATA_MATCHING', 'Authorization matrix', $4) RETURNING id, reference`,
      [leadWorkerId ? 'ENGAGED' : 'ELIGIBLE', area, addressLine, leadWorkerId],
    )) as { id: string; reference: string }[];
    const id = row!.id;
    await tx.query(
      `INSERT INTO families.person (id, family_id, full_name, date_of_birth, role, sex)
       VALUES ($1, $3, $4, '1988-04-12', 'PARENT_CARER', 'FEMALE'), ($2, $3, $5, '2014-09-30', 'CHILD', 'MALE')`,
      [ids.parent, ids.child, id, `Ottilie ${surname}`, `Rufus ${surname}`],
    );
    await tx.query(
      `INSERT INTO families.household_membership (person_id, family_id, role, joined_on) VALUES ($1, $3, 'PARENT_CARER', '2025-06-01'), ($2, $3, 'CHILD', '2025-06-01')`,
      [ids.parent, ids.child, id],
    );
    await tx.query(`INSERT INTO families.status_change (family_id, from_status, to_status, reason, changed_on, changed_by) VALUES ($1, NULL, 'IDENTIFIED', 'Identified for the matrix', '2025-06-01', $2)`, [id, by]);
    await tx.query(`INSERT INTO families.relationship (id, family_id, person_id, related_person_id, kind) VALUES ($1, $2, $3, $4, 'CARER_OF')`, [ids.relationship, id, ids.parent, ids.child]);
    if (leadWorkerId) {
      await tx.query(`INSERT INTO families.allocation (family_id, worker_id, allocated_on, reason, allocated_by) VALUES ($1, $2, '2025-06-01', 'Allocated by co-ordinator', $3)`, [id, leadWorkerId, by]);
    }
    await tx.query(`INSERT INTO families.engagement (id, family_id, agency_id, capacity, started_on) VALUES ($1, $2, $3, 'Tenancy support', '2025-06-01')`, [ids.engagement, id, housing.id]);
    for (const agencyId of partners) {
      await tx.query(`INSERT INTO families.engagement (family_id, agency_id, capacity, started_on) VALUES ($1, $2, 'Team Around the Family', '2025-06-01')`, [id, agencyId]);
    }
    await tx.query(
      `INSERT INTO families.consent (family_id, status, given_by_person_id, scope, agency_ids, agreement_id, recorded_on, recorded_by)
       VALUES ($1, 'GIVEN', $2, $3, $4, $5, '2025-06-01', $6)`,
      [id, ids.parent, consent.scope, consent.scope === 'NAMED_AGENCIES' ? consent.agencyIds : [], DEMO_AGREEMENT.id, by],
    );
    await tx.query(`INSERT INTO families.restriction (id, family_id, kind, details, visible_to_roles, created_by) VALUES ($1, $2, $3, $4, $5, $6)`, [
      ids.restriction,
      id,
      restriction.kind,
      restriction.details,
      restriction.visibleToRoles,
      by,
    ]);
    return row!;
  });
  for (const [caller, agencyId] of [['police', police.id], ['school', school.id]] as const) {
    const covered = consent.scope === 'ALL_ENGAGED_AGENCIES' || consent.agencyIds.includes(agencyId);
    if (partners.includes(agencyId) && covered) madeVisibleTo[caller].add(family.id);
  }
  return {
    id: family.id,
    reference: family.reference,
    parentId: ids.parent,
    parentName: `Ottilie ${surname}`,
    childId: ids.child,
    restrictionId: ids.restriction,
    restrictionDetails: restriction.details,
    relationshipId: ids.relationship,
    engagementId: ids.engagement,
    addressLine,
  };
}

/** A lead worker of one area, straight into the directory, whose caseload limit a cell may change. */
async function makeWorker(area: string): Promise<string> {
  const id = randomUUID();
  await sql(`INSERT INTO families.worker (id, name, agency_id, role, areas, caseload_limit) VALUES ($1, $2, $3, 'LEAD_WORKER', $4, 12)`, [id, `Matrix ${uniqueSurname()}`, council.id, [area]]);
  return id;
}

/** Ids that exist nowhere: what a family the caller cannot see must look like to them. */
function ghostFamily(): Fixture {
  return {
    id: randomUUID(),
    reference: 'FAM-999999',
    parentId: randomUUID(),
    parentName: 'Ottilie Qnobody',
    childId: randomUUID(),
    restrictionId: randomUUID(),
    restrictionDetails: '',
    relationshipId: randomUUID(),
    engagementId: randomUUID(),
    addressLine: '',
  };
}

/**
 * Which families a caller may see, worked out here from the rules (issue 4)
 * rather than with the service's own scope: lead workers the families they
 * lead; co-ordinators and managers those in their areas; a partner those
 * their agency works with today whose newest consent is GIVEN and covers the
 * agency; analysts every family.
 */
async function visibleTo(caller: Caller): Promise<Set<string>> {
  const who = CALLERS[caller];
  const rows = await (() => {
    switch (who.role) {
      case 'LEAD_WORKER':
        return sql(`SELECT id FROM families.family WHERE lead_worker_id = $1`, [who.sub]);
      case 'COORDINATOR':
      case 'MANAGER':
        return sql(`SELECT id FROM families.family WHERE area = ANY($1::text[])`, [who.areas]);
      case 'PARTNER':
        return sql(
          `SELECT DISTINCT ON (c.family_id) c.family_id AS id, c.status, c.scope, c.agency_ids FROM families.consent c ORDER BY c.family_id, c.recorded_at DESC, c.id DESC`,
        ).then((latest) =>
          sql(`SELECT DISTINCT family_id AS id FROM families.engagement WHERE agency_id = $1 AND (ended_on IS NULL OR ended_on >= current_date)`, [who.agencyId]).then((engaged) => {
            const consenting = new Set(
              latest.filter((c) => c.status === 'GIVEN' && (c.scope === 'ALL_ENGAGED_AGENCIES' || c.agency_ids.includes(who.agencyId))).map((c) => c.id as string),
            );
            return engaged.filter((e) => consenting.has(e.id));
          }),
        );
      case 'ANALYST':
        return sql(`SELECT id FROM families.family`);
    }
  })();
  return new Set(rows.map((row) => row.id as string));
}

async function onlyVisible(caller: Caller, familyIds: string[]): Promise<Set<string>> {
  const visible = await visibleTo(caller);
  expect(
    familyIds.filter((id) => !visible.has(id)),
    `families ${caller} may not see`,
  ).toEqual([]);
  return visible;
}

const versionOf = async (familyId: string) => Number((await sql(`SELECT version FROM families.family WHERE id = $1`, [familyId]))[0]?.version);
const exists = async (text: string, params: unknown[]) => (await sql(`SELECT EXISTS (${text}) AS found`, params))[0].found === true;

interface AuditRow {
  action: string;
  family_id: string | null;
  worker_id: string | null;
  fields: string[];
  reason: string | null;
  actor_username: string;
  actor_role: string;
}
const lastAuditId = async () => String((await sql(`SELECT coalesce(max(id), 0)::text AS id FROM families.audit_event`))[0].id);
const auditSince = (after: string, identity: Identity) =>
  sql<AuditRow>(
    `SELECT action, family_id, worker_id, fields, reason, actor_username, actor_role FROM families.audit_event WHERE id > $1::bigint AND actor_id = $2 ORDER BY id`,
    [after, identity.sub],
  );

// ---------------------------------------------------------------------------------------------
// The table.

interface Cell {
  caller: Caller;
  identity: Identity;
  /** The family the operation is about: one the caller may see (first table) or may not (second table). */
  target: Fixture;
  /** A second family the caller may see (where a person moves to or from). */
  other: Fixture;
  hidden: boolean;
  /** Unique to the cell, for names and notes it writes. */
  tag: string;
  /** What the operation set up for itself, e.g. a worker. */
  made: Record<string, string>;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

interface AuditExpectation {
  action: 'READ' | 'CREATE' | 'UPDATE' | 'DENIED';
  family_id?: string | null;
  worker_id?: string | null;
}

interface Row {
  field: string;
  /** Which way of asking, when a field has more than one row. */
  variant?: string;
  /** Outcomes in COLUMNS order, against a target the caller may see. */
  visible: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** Family-scoped fields: outcomes in HIDDEN_COLUMNS order, against a family the caller may not see. */
  hidden?: [Outcome, Outcome, Outcome, Outcome, Outcome];
  /** It changes state, so every cell gets families of its own. */
  mutation?: boolean;
  op(cell: Cell): Operation | Promise<Operation>;
  /** When allowed (or empty): what the answer must hold beyond "no error". */
  check?(data: any, cell: Cell): void | Promise<void>;
  /** Whether the change landed: must be true when allowed and false when refused. */
  effect?(cell: Cell, data?: any): Promise<boolean>;
  /** When allowed: the audit rows the request must have written, naming the caller. */
  audit?(data: any, cell: Cell): AuditExpectation[];
  /** When allowed: the families it returns, each of which must have been audited as READ. */
  listed?(data: any): string[];
  /** A refusal that is itself audited as DENIED, naming the family (break glass). */
  refusalAudited?: boolean;
}

const REASON = 'Authorization matrix: checking who may read the markers';
const readTarget = (_data: any, c: Cell): AuditExpectation[] => [{ action: 'READ', family_id: c.target.id }];
const updateTarget = (_data: any, c: Cell): AuditExpectation[] => [{ action: 'UPDATE', family_id: c.target.id }];
const edgeIds = (connection: any): string[] => connection.edges.map((edge: any) => edge.node.id);
const version = 1; // every fixture starts at version 1

async function checkAnalystSeesPseudonyms(cell: Cell, names: string[]) {
  if (cell.caller !== 'analyst') return;
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((name) => !PSEUDONYM.test(name))).toEqual([]);
}

const ROWS: Row[] = [
  // ------------------------------------------------------------------ Queries
  //                                   LW  CO  MA  PO  SC  AN
  {
    field: 'family',
    visible: [A, A, A, A, A, A],
    hidden: [N, N, N, N, N],
    op: (c) => ({ query: `query MatrixFamily($id: ID!) { family(id: $id) { id addressLine members { id fullName } } }`, variables: { id: c.target.id } }),
    check: async (data, c) => {
      expect(data.id).toBe(c.target.id);
      expect(data.members.map((m: any) => m.id).sort()).toEqual([c.target.parentId, c.target.childId].sort());
      const names = data.members.map((m: any) => m.fullName);
      if (c.caller === 'analyst') await checkAnalystSeesPseudonyms(c, names);
      else expect(names).toContain(c.target.parentName);
      // The shared family's domestic abuse marker names lead workers and managers only.
      expect(data.addressLine).toBe(['leadWorker', 'manager'].includes(c.caller) ? c.target.addressLine : null);
    },
    audit: readTarget,
  },
  {
    field: 'families',
    visible: [A, A, A, E, E, A],
    op: () => ({ query: `query MatrixFamilies { families(first: 100) { totalCount edges { node { id members { fullName } } } } }` }),
    check: async (data, c) => {
      const visible = await onlyVisible(c.caller, edgeIds(data));
      expect(data.totalCount).toBe(visible.size);
      expect(data.edges).toHaveLength(Math.min(100, visible.size));
      await checkAnalystSeesPseudonyms(c, data.edges.flatMap((e: any) => e.node.members.map((m: any) => m.fullName)));
    },
    listed: edgeIds,
  },
  {
    field: 'agencies',
    // The directory, the areas and the agreements say nothing about any family: every role may read them.
    visible: [A, A, A, A, A, A],
    op: () => ({ query: `query MatrixAgencies { agencies { id name } }` }),
    check: (data) => expect(data.map((a: any) => a.name)).toEqual(expect.arrayContaining(DEMO_AGENCIES.map((a) => a.name))),
  },
  {
    field: 'areas',
    visible: [A, A, A, A, A, A],
    op: () => ({ query: `query MatrixAreas { areas { name } }` }),
    check: (data) => expect(data.map((a: any) => a.name)).toEqual(expect.arrayContaining(AREA_NAMES)),
  },
  {
    field: 'leadWorkers',
    visible: [A, A, A, A, A, A],
    op: () => ({ query: `query MatrixLeadWorkers { leadWorkers { id name } }` }),
    check: async (data) => {
      const leads = new Set((await sql(`SELECT id FROM families.worker WHERE role = 'LEAD_WORKER'`)).map((w) => w.id));
      expect(data.length).toBe(leads.size);
      expect(data.filter((w: any) => !leads.has(w.id))).toEqual([]);
    },
  },
  {
    field: 'leadWorkers',
    variant: 'with caseload counts',
    // Partners: no family outside their agency's work exists for them, so neither does a count of them
    // (a worker's caseload counts families the caller may not see). Analysts see aggregate figures.
    visible: [A, A, A, F, F, A],
    op: () => ({ query: `query MatrixCaseloadCounts { leadWorkers { id caseloadCount overLimit } }` }),
    check: async (data) => {
      const [{ n }] = await sql(
        `SELECT count(*)::int AS n FROM families.family WHERE lead_worker_id = $1 AND status IN ('ALLOCATED','ENGAGED','PLAN_ACTIVE','OUTCOME_ACHIEVED','DISENGAGED')`,
        [CALLERS.leadWorker.sub],
      );
      expect(data.find((w: any) => w.id === CALLERS.leadWorker.sub)).toMatchObject({ caseloadCount: n });
    },
  },
  {
    field: 'searchFamilies',
    variant: 'by a member’s name',
    // Analysts work from pseudonymised records: looking a person up by name would undo that.
    visible: [A, A, A, E, E, F],
    hidden: [E, E, E, E, E],
    op: (c) => ({
      query: `query MatrixSearchName($name: String!) { searchFamilies(filter: { name: $name }, first: 100) { totalCount edges { node { id } } } }`,
      variables: { name: c.target.parentName },
    }),
    check: async (data, c) => {
      await onlyVisible(c.caller, edgeIds(data));
      expect(data.totalCount).toBe(data.edges.length);
      if (c.hidden) expect(edgeIds(data)).not.toContain(c.target.id);
      else expect(edgeIds(data)).toContain(c.target.id);
    },
    listed: edgeIds,
  },
  {
    field: 'searchFamilies',
    variant: 'by reference',
    visible: [A, A, A, E, E, A],
    hidden: [E, E, E, E, E],
    op: (c) => ({
      query: `query MatrixSearchReference($reference: String!) { searchFamilies(filter: { reference: $reference }) { totalCount edges { node { id } } } }`,
      variables: { reference: c.target.reference },
    }),
    check: (data, c) => {
      expect(data.totalCount).toBe(c.hidden ? 0 : 1);
      expect(edgeIds(data)).toEqual(c.hidden ? [] : [c.target.id]);
    },
    listed: edgeIds,
  },
  {
    field: 'searchFamilies',
    variant: 'by status (not identifying)',
    visible: [A, A, A, E, E, A],
    op: () => ({
      query: `query MatrixSearchStatus { searchFamilies(filter: { statuses: [ENGAGED] }, first: 100) { totalCount edges { node { id members { fullName } } } } }`,
    }),
    check: async (data, c) => {
      const visible = await onlyVisible(c.caller, edgeIds(data));
      const engaged = (await sql(`SELECT id FROM families.family WHERE status = 'ENGAGED'`)).filter((f) => visible.has(f.id));
      expect(data.totalCount).toBe(engaged.length);
      await checkAnalystSeesPseudonyms(c, data.edges.flatMap((e: any) => e.node.members.map((m: any) => m.fullName)));
    },
    listed: edgeIds,
  },
  {
    field: 'restrictedDetails',
    // The shared family's domestic abuse marker names lead workers and managers; no marker can name analysts.
    visible: [A, F, A, F, F, F],
    hidden: [N, N, N, N, N],
    refusalAudited: true,
    op: (c) => ({
      query: `query MatrixBreakGlass($id: ID!, $reason: String!) { restrictedDetails(familyId: $id, reason: $reason) { id kind details } }`,
      variables: { id: c.target.id, reason: REASON },
    }),
    check: (data, c) => expect(data).toEqual([{ id: c.target.restrictionId, kind: 'DOMESTIC_ABUSE', details: c.target.restrictionDetails }]),
    audit: (_data, c) => [{ action: 'READ', family_id: c.target.id }],
  },
  {
    field: 'programmeFigures',
    // Aggregates for analysts, and for co-ordinators and managers over their areas; a partner gets no count at all.
    // Lead workers: the rules give them their own families, not figures (the stricter reading).
    visible: [F, A, A, F, F, A],
    op: () => ({ query: `query MatrixFigures { programmeFigures { totalFamilies byArea { area families } } }` }),
    check: async (data, c) => {
      const visible = await visibleTo(c.caller);
      expect(data.totalFamilies).toBe(visible.size);
      const areas = (await sql(`SELECT DISTINCT area FROM families.family WHERE id = ANY($1::uuid[])`, [[...visible]])).map((r) => r.area).sort();
      expect(data.byArea.map((a: any) => a.area).sort()).toEqual(areas);
    },
  },
  {
    field: 'myCaseload',
    visible: [A, F, F, F, F, F],
    op: () => ({ query: `query MatrixCaseload { myCaseload { family { id } } }` }),
    check: async (data, c) => {
      const ids = data.map((entry: any) => entry.family.id);
      await onlyVisible(c.caller, ids);
      expect(ids).toContain(c.target.id);
    },
    listed: (data) => data.map((entry: any) => entry.family.id),
  },
  {
    field: 'caseloadOversight',
    variant: 'Rotherham North (the co-ordinator’s area)',
    visible: [F, A, A, F, F, F],
    op: () => ({
      query: `query MatrixOversight { caseloadOversight(area: "Rotherham North") { area unallocated { id area } stale { family { id area } } workers { worker { id } } } }`,
    }),
    check: async (data, c) => {
      const families = [...data.unallocated, ...data.stale.map((s: any) => s.family)];
      await onlyVisible(
        c.caller,
        families.map((f: any) => f.id),
      );
      expect(families.filter((f: any) => f.area !== 'Rotherham North')).toEqual([]);
    },
    listed: (data) => [...data.unallocated.map((f: any) => f.id), ...data.stale.map((s: any) => s.family.id)],
  },
  {
    field: 'caseloadOversight',
    variant: 'Wentworth North (not the co-ordinator’s area)',
    visible: [F, F, A, F, F, F],
    op: () => ({ query: `query MatrixOversightElsewhere { caseloadOversight(area: "Wentworth North") { area unallocated { id } } }` }),
    check: async (data, c) => {
      await onlyVisible(
        c.caller,
        data.unallocated.map((f: any) => f.id),
      );
    },
  },
  {
    field: 'informationSharingAgreements',
    visible: [A, A, A, A, A, A],
    op: () => ({ query: `query MatrixAgreements { informationSharingAgreements { id } }` }),
    check: (data) => expect(data.map((a: any) => a.id)).toContain(DEMO_AGREEMENT.id),
  },
  {
    field: 'auditTrail',
    // Managers only; any other role is refused before the family is looked up, whether or not it can see it.
    visible: [F, F, A, F, F, F],
    hidden: [F, F, N, F, F],
    op: (c) => ({
      query: `query MatrixTrail($id: ID) { auditTrail(familyId: $id, first: 100) { totalCount edges { node { familyId } } } }`,
      variables: { id: c.target.id },
    }),
    check: (data, c) => {
      expect(data.edges.filter((e: any) => e.node.familyId !== c.target.id)).toEqual([]);
    },
    audit: readTarget,
  },

  // ---------------------------------------------------------------- Mutations
  //                                   LW  CO  MA  PO  SC  AN
  {
    field: 'createFamily',
    variant: 'in Rotherham North',
    visible: [F, A, A, F, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixCreate($input: CreateFamilyInput!) { createFamily(input: $input) { id area } }`,
      variables: {
        input: {
          addressLine: `${c.tag} Created Street`,
          postcode: 'S60 2AB',
          area: 'Rotherham North',
          identifiedBy: 'DATA_MATCHING',
          members: [{ fullName: `Ada ${uniqueSurname()}`, dateOfBirth: '1990-01-01', role: 'PARENT_CARER' }],
        },
      },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE address_line = $1`, [`${c.tag} Created Street`]),
    audit: (data) => [{ action: 'CREATE', family_id: data.id }],
  },
  {
    field: 'createFamily',
    variant: 'in Wentworth North (not the co-ordinator’s area)',
    visible: [F, F, A, F, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixCreateElsewhere($input: CreateFamilyInput!) { createFamily(input: $input) { id } }`,
      variables: { input: { addressLine: `${c.tag} Created Street`, postcode: 'S62 7AB', area: 'Wentworth North', identifiedBy: 'DATA_MATCHING' } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE address_line = $1`, [`${c.tag} Created Street`]),
    audit: (data) => [{ action: 'CREATE', family_id: data.id }],
  },
  {
    field: 'addFamilyMember',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixAddMember($familyId: ID!, $member: NewPersonInput!) { addFamilyMember(familyId: $familyId, member: $member) { id } }`,
      variables: { familyId: c.target.id, member: { fullName: `Nell ${c.made.surname = uniqueSurname()}`, dateOfBirth: '2019-02-02', role: 'CHILD' } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.person WHERE family_id = $1 AND full_name = $2`, [c.target.id, `Nell ${c.made.surname}`]),
    audit: updateTarget,
  },
  {
    field: 'assignLeadWorker',
    visible: [F, A, A, F, F, F],
    hidden: [F, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixAssign($familyId: ID!, $workerId: ID!) { assignLeadWorker(familyId: $familyId, workerId: $workerId) { id } }`,
      variables: { familyId: c.target.id, workerId: owen.id },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE id = $1 AND lead_worker_id = $2`, [c.target.id, owen.id]),
    audit: updateTarget,
  },
  {
    field: 'changeFamilyStatus',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixStatus($input: ChangeFamilyStatusInput!) { changeFamilyStatus(input: $input) { id status } }`,
      variables: { input: { familyId: c.target.id, to: 'PLAN_ACTIVE', reason: 'Family plan agreed', expectedVersion: version } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE id = $1 AND status = 'PLAN_ACTIVE'`, [c.target.id]),
    audit: updateTarget,
  },
  {
    field: 'nominateFamily',
    // Nominating is how a partner agency brings a family in; the council's own staff create families instead.
    visible: [F, F, F, A, A, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixNominate($input: NominateFamilyInput!) { nominateFamily(input: $input) { id } }`,
      variables: {
        input: {
          fullName: `Mae ${uniqueSurname()}`,
          dateOfBirth: '1985-05-05',
          addressLine: `${c.tag} Nominated Street`,
          postcode: 'S60 3AB',
          area: 'Rotherham North',
          reason: 'Children missing school and police call-outs',
          familyConsentsToSharing: true,
          indicatorCodes: [INDICATOR_CODES[0]],
        },
      },
    }),
    check: async (data, c) => {
      madeVisibleTo[c.caller as 'police' | 'school'].add(data.id);
      // The nominating agency works with the family, under the consent it recorded, so it sees it.
      const seen = await ask(`query MatrixNominated($id: ID!) { family(id: $id) { id } }`, { id: data.id }, c.identity);
      expect(seen.errors).toBeUndefined();
    },
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE address_line = $1`, [`${c.tag} Nominated Street`]),
    audit: (data) => [{ action: 'CREATE', family_id: data.id }],
  },
  {
    field: 'updateHousehold',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixHousehold($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { id } }`,
      variables: { input: { familyId: c.target.id, expectedVersion: version, cohort: c.tag } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.family WHERE id = $1 AND cohort = $2`, [c.target.id, c.tag]),
    audit: updateTarget,
  },
  {
    field: 'updatePerson',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixPerson($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
      variables: { input: { personId: c.target.childId, expectedVersion: version, school: `${c.tag} Academy` } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.person WHERE id = $1 AND school = $2`, [c.target.childId, `${c.tag} Academy`]),
    audit: updateTarget,
  },
  {
    field: 'movePerson',
    variant: 'out of the target family',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixMoveOut($input: MovePersonInput!) { movePerson(input: $input) { id } }`,
      variables: { input: { personId: c.target.childId, toFamilyId: c.other.id, role: 'CHILD', reason: 'Moved in with an aunt', movedOn: today(), expectedVersion: version } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.person WHERE id = $1 AND family_id = $2`, [c.target.childId, c.other.id]),
    audit: (_data, c) => [
      { action: 'UPDATE', family_id: c.other.id },
      { action: 'UPDATE', family_id: c.target.id },
    ],
  },
  {
    field: 'movePerson',
    variant: 'into the target family',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixMoveIn($input: MovePersonInput!) { movePerson(input: $input) { id } }`,
      variables: { input: { personId: c.other.childId, toFamilyId: c.target.id, role: 'CHILD', reason: 'Moved in with an aunt', movedOn: today(), expectedVersion: version } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.person WHERE id = $1 AND family_id = $2`, [c.other.childId, c.target.id]),
    audit: (_data, c) => [
      { action: 'UPDATE', family_id: c.target.id },
      { action: 'UPDATE', family_id: c.other.id },
    ],
  },
  {
    field: 'recordRelationship',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixRelationship($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`,
      variables: { input: { familyId: c.target.id, personId: c.target.parentId, relatedPersonId: c.target.childId, kind: 'PARENT_OF' } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.relationship WHERE family_id = $1 AND kind = 'PARENT_OF'`, [c.target.id]),
    audit: updateTarget,
  },
  {
    field: 'removeRelationship',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixRemoveRelationship($input: RemoveRelationshipInput!) { removeRelationship(input: $input) { id } }`,
      variables: { input: { relationshipId: c.target.relationshipId, reason: 'Recorded in error' } },
    }),
    effect: async (c) => !(await exists(`SELECT 1 FROM families.relationship WHERE id = $1`, [c.target.relationshipId])),
    audit: updateTarget,
  },
  {
    field: 'addRestriction',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixAddMarker($input: AddRestrictionInput!) { addRestriction(input: $input) { id } }`,
      variables: {
        input: { familyId: c.target.id, kind: 'CHILD_PROTECTION', details: 'Child protection plan in place', visibleToRoles: ['LEAD_WORKER', 'MANAGER'], expectedVersion: version },
      },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.restriction WHERE family_id = $1 AND kind = 'CHILD_PROTECTION'`, [c.target.id]),
    audit: updateTarget,
  },
  {
    field: 'liftRestriction',
    visible: [F, F, A, F, F, F],
    hidden: [F, F, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixLiftMarker($id: ID!, $reason: String!) { liftRestriction(restrictionId: $id, reason: $reason) { id } }`,
      variables: { id: c.target.restrictionId, reason: 'Risk reviewed at the strategy meeting' },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.restriction WHERE id = $1 AND lifted_at IS NOT NULL`, [c.target.restrictionId]),
    audit: updateTarget,
  },
  {
    field: 'addCaseNote',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixNote($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id } }`,
      variables: { input: { familyId: c.target.id, kind: 'HOME_VISIT', contactOn: today(), body: `Home visit (${c.tag})` } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.case_note WHERE family_id = $1 AND body = $2`, [c.target.id, `Home visit (${c.tag})`]),
    audit: updateTarget,
  },
  {
    field: 'setCaseloadLimit',
    variant: 'a lead worker in Rotherham North',
    visible: [F, A, A, F, F, F],
    mutation: true,
    op: async (c) => ({
      query: `mutation MatrixLimit($workerId: ID!) { setCaseloadLimit(workerId: $workerId, limit: 7) { id } }`,
      variables: { workerId: (c.made.worker = await makeWorker('Rotherham North')) },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.worker WHERE id = $1 AND caseload_limit = 7`, [c.made.worker]),
    audit: (_data, c) => [{ action: 'UPDATE', worker_id: c.made.worker }],
  },
  {
    field: 'setCaseloadLimit',
    variant: 'a lead worker in Wentworth North (not the co-ordinator’s area)',
    visible: [F, F, A, F, F, F],
    mutation: true,
    op: async (c) => ({
      query: `mutation MatrixLimitElsewhere($workerId: ID!) { setCaseloadLimit(workerId: $workerId, limit: 7) { id } }`,
      variables: { workerId: (c.made.worker = await makeWorker('Wentworth North')) },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.worker WHERE id = $1 AND caseload_limit = 7`, [c.made.worker]),
    audit: (_data, c) => [{ action: 'UPDATE', worker_id: c.made.worker }],
  },
  {
    field: 'addAgency',
    visible: [F, F, A, F, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixAgency($input: AddAgencyInput!) { addAgency(input: $input) { id } }`,
      variables: { input: { name: `Matrix Agency ${c.tag}`, type: 'VOLUNTARY_SECTOR' } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.agency WHERE name = $1`, [`Matrix Agency ${c.tag}`]),
    // Every change is audited, the directory's too: a new agency can be engaged with families and then see them.
    audit: () => [{ action: 'CREATE', family_id: null, worker_id: null }],
  },
  {
    field: 'addWorker',
    visible: [F, F, A, F, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixWorker($input: AddWorkerInput!) { addWorker(input: $input) { id } }`,
      variables: { input: { name: `Matrix Worker ${c.tag}`, agencyId: council.id, role: 'LEAD_WORKER', areas: ['Rotherham North'], caseloadLimit: 10 } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.worker WHERE name = $1`, [`Matrix Worker ${c.tag}`]),
    // A new worker can be allocated families and then see them: audited like a caseload limit, against the worker.
    audit: (data) => [{ action: 'CREATE', worker_id: data.id }],
  },
  {
    field: 'addEngagement',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixEngage($input: AddEngagementInput!) { addEngagement(input: $input) { id } }`,
      variables: { input: { familyId: c.target.id, agencyId: homeStart.id, capacity: 'Family support volunteer', expectedVersion: version } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.engagement WHERE family_id = $1 AND agency_id = $2`, [c.target.id, homeStart.id]),
    audit: updateTarget,
  },
  {
    field: 'endEngagement',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixEndEngagement($input: EndEngagementInput!) { endEngagement(input: $input) { id } }`,
      variables: { input: { engagementId: c.target.engagementId, expectedVersion: version } },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.engagement WHERE id = $1 AND ended_on IS NOT NULL`, [c.target.engagementId]),
    audit: updateTarget,
  },
  {
    field: 'recordConsent',
    visible: [A, A, A, F, F, F],
    hidden: [N, N, N, F, F],
    mutation: true,
    op: (c) => ({
      query: `mutation MatrixConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      variables: {
        input: {
          familyId: c.target.id,
          status: 'GIVEN',
          givenByPersonId: c.target.parentId,
          scope: 'ALL_ENGAGED_AGENCIES',
          agreementId: DEMO_AGREEMENT.id,
          note: c.tag,
          expectedVersion: version,
        },
      },
    }),
    effect: (c) => exists(`SELECT 1 FROM families.consent WHERE family_id = $1 AND note = $2`, [c.target.id, c.tag]),
    audit: updateTarget,
  },
];

// ---------------------------------------------------------------------------------------------
// Running a cell.

let cellCount = 0;
let shared: Fixture;
const hiddenFrom = {} as Record<Caller, Fixture>;

const rowName = (row: Row) => (row.variant ? `${row.field} (${row.variant})` : row.field);
const codesOf = (answer: GraphQLResponse<any>) => (answer.errors ?? []).map((error) => error.extensions?.code);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** An error as the caller sees it, with the ids and references that differ between asks taken out. */
const refusal = (answer: GraphQLResponse<any>) =>
  (answer.errors ?? []).map((error) => ({ code: error.extensions?.code, message: error.message.replace(UUID, '<id>').replace(/FAM-\d{6}/g, '<reference>') }));

async function prepare(row: Row, caller: Caller, hidden: boolean, target?: Fixture): Promise<Cell> {
  cellCount += 1;
  const fresh = row.mutation ? () => makeFamily() : async () => shared;
  return {
    caller,
    identity: CALLERS[caller],
    target: target ?? (hidden ? hiddenFrom[caller] : await fresh()),
    other: await fresh(),
    hidden,
    tag: `matrix-${cellCount}`,
    made: {},
  };
}

async function perform(row: Row, cell: Cell): Promise<GraphQLResponse<any>> {
  const { query, variables } = await row.op(cell);
  return ask(query, variables ?? {}, cell.identity);
}

async function expectAudited(events: AuditRow[], expected: AuditExpectation[], identity: Identity) {
  expect(events).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  for (const event of events) expect(event).toMatchObject({ actor_username: identity.username, actor_role: identity.role });
}

async function runVisible(row: Row, caller: Caller, expected: Outcome) {
  const cell = await prepare(row, caller, false);
  const before = await lastAuditId();
  const answer = await perform(row, cell);
  const events = await auditSince(before, cell.identity);
  const data = answer.data?.[row.field] ?? null;

  if (expected === 'allowed' || expected === 'empty') {
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(data).not.toBeNull();
    await row.check?.(data, cell);
    if (row.effect) expect(await row.effect(cell, data), 'the change landed').toBe(true);
    await expectAudited(events, row.audit?.(data, cell) ?? [], cell.identity);
    const listed = row.listed?.(data) ?? [];
    const read = new Set(events.filter((e) => e.action === 'READ').map((e) => e.family_id));
    expect(listed.filter((id) => !read.has(id)), 'families listed without a READ audit row').toEqual([]);
    return;
  }

  expect(codesOf(answer), JSON.stringify(answer.errors)).toEqual([expected]);
  expect(data).toBeNull();
  if (row.effect) expect(await row.effect(cell), 'a refused change must not land').toBe(false);
  if (row.mutation) {
    expect(await versionOf(cell.target.id)).toBe(version);
    expect(await versionOf(cell.other.id)).toBe(version);
  }
  expect(events.filter((e) => e.action === 'UPDATE' || e.action === 'CREATE')).toEqual([]);
  if (row.refusalAudited) {
    expect(events).toEqual([expect.objectContaining({ action: 'DENIED', family_id: cell.target.id, reason: REASON })]);
  }
}

async function runHidden(row: Row, caller: Caller, expected: Outcome) {
  const cell = await prepare(row, caller, true);
  const before = await lastAuditId();
  const answer = await perform(row, cell);
  const events = await auditSince(before, cell.identity);
  const data = answer.data?.[row.field] ?? null;

  // Nothing is ever read or changed of a family the caller may not see.
  expect(events.filter((e) => e.family_id === cell.target.id && e.action !== 'DENIED')).toEqual([]);
  expect(await versionOf(cell.target.id)).toBe(version);
  if (row.effect) expect(await row.effect(cell), 'a change to a family the caller may not see must not land').toBe(false);

  if (expected === 'empty') {
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    await row.check?.(data, cell);
    return;
  }

  expect(codesOf(answer), JSON.stringify(answer.errors)).toEqual([expected]);
  expect(data).toBeNull();
  if (expected === 'NOT_FOUND') {
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'DENIED', family_id: cell.target.id })]));
    await expectAudited(events, [], cell.identity);
  }
  // The answer is the one for a family that does not exist at all: it gives away nothing about this one.
  const ghost = await perform(row, await prepare(row, caller, true, ghostFamily()));
  expect(refusal(answer)).toEqual(refusal(ghost));
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('a partner and the families their agency does not work with', () => {
  const partners = [
    ['police', police.id],
    ['school', school.id],
  ] as const;
  /** From the demo data alone: families the agency works with whose consent (for all engaged agencies) is GIVEN. */
  const demoFamiliesOf = (agencyId: string) => demoFamilies().filter((f) => f.engagedAgencyIds.includes(agencyId) && demoCasework(f).consent?.status === 'GIVEN');

  it.each(partners)('%s: families { totalCount } is exactly the families the agency works with under consent, and the list holds exactly those', async (caller, agencyId) => {
    const expected = new Set([...demoFamiliesOf(agencyId).map((f) => f.id), ...madeVisibleTo[caller]]);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(demoFamilies().length / 2);
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    do {
      const page: GraphQLResponse<any> = await ask(
        `query PartnerFamilies($after: String) { families(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        CALLERS[caller],
      );
      expect(page.errors).toBeUndefined();
      ids.push(...edgeIds(page.data.families));
      totalCount = page.data.families.totalCount;
      after = page.data.families.pageInfo.hasNextPage ? page.data.families.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(expected.size);
    expect(new Set(ids)).toEqual(expected);
  });

  it.each(partners)('%s: family(id) of a family the agency does not work with is NOT_FOUND, and the attempt is audited as DENIED naming them and the family', async (caller, agencyId) => {
    const identity = CALLERS[caller];
    const unknown = demoFamilies().find((f) => !f.engagedAgencyIds.includes(agencyId) && demoCasework(f).consent?.status === 'GIVEN')!;
    const before = await lastAuditId();
    const answer = await ask(`query PartnerLookup($id: ID!) { family(id: $id) { id reference } }`, { id: unknown.id }, identity);
    expect(answer.errors).toEqual([expect.objectContaining({ message: `No family with id ${unknown.id}`, extensions: { code: 'NOT_FOUND' } })]);
    expect(answer.data?.family ?? null).toBeNull();
    expect(await auditSince(before, identity)).toEqual([
      { action: 'DENIED', family_id: unknown.id, worker_id: null, fields: [], reason: null, actor_username: identity.username, actor_role: 'PARTNER' },
    ]);
    const operation = await sql(`SELECT actor_id, operation FROM families.audit_event WHERE id > $1::bigint`, [before]);
    expect(operation).toEqual([{ actor_id: identity.sub, operation: 'PartnerLookup' }]);
    // Nor does it turn up, or count, in a search by its reference.
    const search = await ask(`query($r: String!) { searchFamilies(filter: { reference: $r }) { totalCount edges { node { id } } } }`, { r: unknown.reference }, identity);
    expect(search.data.searchFamilies).toEqual({ totalCount: 0, edges: [] });
  });

  it('police: a family the police work with but whose consent in force does not cover them is NOT_FOUND, and audited', async () => {
    const identity = CALLERS.police;
    const notConsented = demoFamilies().find((f) => f.engagedAgencyIds.includes(police.id) && demoCasework(f).consent && demoCasework(f).consent!.status !== 'GIVEN')!;
    const before = await lastAuditId();
    const answer = await ask(`query PartnerLookup($id: ID!) { family(id: $id) { id } }`, { id: notConsented.id }, identity);
    expect(codesOf(answer)).toEqual(['NOT_FOUND']);
    expect(await auditSince(before, identity)).toEqual([expect.objectContaining({ action: 'DENIED', family_id: notConsented.id })]);
  });
});

describe('the authorization matrix', () => {
  beforeAll(async () => {
    // One family every demo user may see, with a domestic abuse marker naming lead workers and managers: the reads use it.
    shared = await makeFamily({ restriction: DOMESTIC_ABUSE });
    await sql(`INSERT INTO families.area (name, most_disadvantaged) VALUES ($1, false) ON CONFLICT DO NOTHING`, [OUTLYING_AREA]);
    Object.assign(hiddenFrom, {
      leadWorker: await makeFamily({ leadWorkerId: megan.id }), // another lead worker's family
      coordinator: await makeFamily({ area: 'Wentworth North', leadWorkerId: aisha.id }), // outside her areas
      manager: await makeFamily({ area: OUTLYING_AREA, leadWorkerId: megan.id }), // outside every area she covers
      police: await makeFamily({ consent: { scope: 'NAMED_AGENCIES', agencyIds: [school.id] } }), // worked with, but consent names only the school
      school: await makeFamily({ partners: [police.id] }), // the school does not work with it
    });
    // The fixtures are what they claim to be, by the rules rather than the service.
    for (const caller of COLUMNS) expect((await visibleTo(caller)).has(shared.id), caller).toBe(true);
    for (const caller of HIDDEN_COLUMNS) expect((await visibleTo(caller)).has(hiddenFrom[caller].id), caller).toBe(false);
  });

  describe('against a family (or worker, or area) the caller may see', () => {
    for (const row of ROWS) {
      describe(rowName(row), () => {
        COLUMNS.forEach((caller, column) => {
          const expected = row.visible[column]!;
          it(`${caller} (${CALLERS[caller].username}): ${expected}`, () => runVisible(row, caller, expected));
        });
      });
    }
  });

  describe('against a family the caller may not see: NOT_FOUND and audited, like one that does not exist', () => {
    for (const row of ROWS.filter((r) => r.hidden)) {
      describe(rowName(row), () => {
        HIDDEN_COLUMNS.forEach((caller, column) => {
          const expected = row.hidden![column]!;
          it(`${caller} (${CALLERS[caller].username}): ${expected}`, () => runHidden(row, caller, expected));
        });
      });
    }
  });

  it('has a row for every root field of the live schema, and none for a field it does not have', async () => {
    const answer = await ask(`query { __schema { queryType { fields { name } } mutationType { fields { name } } } }`, {}, CALLERS.manager);
    expect(answer.errors).toBeUndefined();
    const { queryType, mutationType } = answer.data.__schema;
    const live = [...queryType.fields, ...mutationType.fields].map((f: { name: string }) => f.name).filter((name) => name !== '_entities' && name !== '_service');
    expect([...new Set(ROWS.map((row) => row.field))].sort()).toEqual(live.sort());
  });

  it('asks every family-scoped field against a family the caller may not see', () => {
    const familyScoped = ROWS.filter((row) => row.hidden).map((row) => row.field);
    expect([...new Set(familyScoped)].sort()).toEqual(
      [
        'family',
        'searchFamilies',
        'restrictedDetails',
        'auditTrail',
        'addFamilyMember',
        'assignLeadWorker',
        'changeFamilyStatus',
        'updateHousehold',
        'updatePerson',
        'movePerson',
        'recordRelationship',
        'removeRelationship',
        'addRestriction',
        'liftRestriction',
        'addCaseNote',
        'addEngagement',
        'endEngagement',
        'recordConsent',
      ].sort(),
    );
  });
});
