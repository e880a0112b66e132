import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
const leadWorker = demoIdentity('sarah.ahmed')!;

type Identity = typeof manager;
const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = coordinator) => postGraphQL<any>(subgraph.url, query, variables, { identity });

async function createFamily(area: string, members: { fullName: string; dateOfBirth: string; role: string }[]) {
  const result = await ask(
    `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id reference version members { id fullName } } }`,
    { input: { addressLine: '3 Wath Road', postcode: 'S63 7AA', area, identifiedBy: 'DATA_MATCHING', members } },
    area === 'Rotherham North' || area === 'Rotherham South' ? coordinator : manager,
  );
  expect(result.errors).toBeUndefined();
  return result.data.createFamily as { id: string; reference: string; version: number; members: { id: string; fullName: string }[] };
}

const familyRow = async (id: string) => (await subgraph.db.query(`SELECT * FROM families.family WHERE id = $1`, [id]))[0];
const version = async (id: string) => (await familyRow(id)).version as number;
const auditRows = async (familyId: string) =>
  (await subgraph.db.query(`SELECT action, fields, reason, operation FROM families.audit_event WHERE family_id = $1 ORDER BY id`, [familyId])) as {
    action: string;
    fields: string[];
    reason: string | null;
  }[];

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

const UPDATE_HOUSEHOLD = `mutation($input: UpdateHouseholdInput!) {
  updateHousehold(input: $input) { id version addressLine postcode area cohort programmePhase }
}`;

describe('updateHousehold', () => {
  it('changes the address, area, cohort and phase in one step, moving the version on and auditing what changed', async () => {
    const family = await createFamily('Rotherham North', [{ fullName: 'Paula Hirst', dateOfBirth: '1985-05-05', role: 'PARENT_CARER' }]);
    const result = await ask(UPDATE_HOUSEHOLD, {
      input: { familyId: family.id, expectedVersion: family.version, addressLine: ' 19 Doncaster Road ', postcode: 's602jh', area: 'Rotherham South', cohort: 'Supporting Families, Year 3', programmePhase: 'SUPPORTING_FAMILIES' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateHousehold).toEqual({
      id: family.id,
      version: family.version + 1,
      addressLine: '19 Doncaster Road',
      postcode: 'S60 2JH',
      area: 'Rotherham South',
      cohort: 'Supporting Families, Year 3',
      programmePhase: 'SUPPORTING_FAMILIES',
    });
    const update = (await auditRows(family.id)).find((row) => row.action === 'UPDATE')!;
    expect(update.fields.sort()).toEqual(['addressLine', 'area', 'cohort', 'postcode', 'programmePhase']);

    const cleared = await ask(UPDATE_HOUSEHOLD, { input: { familyId: family.id, expectedVersion: family.version + 1, cohort: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateHousehold).toMatchObject({ cohort: null, addressLine: '19 Doncaster Road', version: family.version + 2 });
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const family = await createFamily('Rotherham North', [{ fullName: 'Dean Shaw', dateOfBirth: '1984-02-02', role: 'PARENT_CARER' }]);
    const first = await ask(UPDATE_HOUSEHOLD, { input: { familyId: family.id, expectedVersion: family.version, addressLine: '1 First Street' } });
    expect(first.errors).toBeUndefined();
    const stale = await ask(UPDATE_HOUSEHOLD, { input: { familyId: family.id, expectedVersion: family.version, addressLine: '2 Second Street' } });
    expect(stale.errors?.[0]).toMatchObject({ message: expect.stringContaining(family.reference), extensions: { code: 'CONFLICT' } });
    expect(await familyRow(family.id)).toMatchObject({ address_line: '1 First Street', version: family.version + 1 });
  });

  it('refuses bad input with a clear error, writing nothing', async () => {
    const family = await createFamily('Rotherham North', [{ fullName: 'Amy Ward', dateOfBirth: '1992-09-09', role: 'PARENT_CARER' }]);
    const before = await familyRow(family.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, 'BAD_USER_INPUT', 'Say what to change'],
      [{ area: 'Atlantis' }, 'BAD_USER_INPUT', 'Atlantis is not one of the council'],
      [{ area: 'Wentworth North' }, 'FORBIDDEN', 'your areas are Rotherham North, Rotherham South'],
      [{ postcode: 'NOWHERE' }, 'BAD_USER_INPUT', 'postcode must be a UK postcode'],
      [{ addressLine: null }, 'BAD_USER_INPUT', 'addressLine cannot be cleared'],
      [{ addressLine: '   ' }, 'BAD_USER_INPUT', 'addressLine must not be empty'],
      [{ programmePhase: null }, 'BAD_USER_INPUT', 'programmePhase cannot be cleared'],
    ];
    for (const [change, code, message] of cases) {
      const result = await ask(UPDATE_HOUSEHOLD, { input: { familyId: family.id, expectedVersion: family.version, ...change } });
      expect(result.errors?.[0], JSON.stringify(change)).toMatchObject({ message: expect.stringContaining(message), extensions: { code } });
    }
    const partner = await ask(UPDATE_HOUSEHOLD, { input: { familyId: family.id, expectedVersion: family.version, addressLine: 'x' } }, testIdentity('PARTNER'));
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = demoFamilies().find((f) => !coordinator.areas.includes(f.area))!;
    const unseen = await ask(UPDATE_HOUSEHOLD, { input: { familyId: elsewhere.id, expectedVersion: 1, addressLine: '1 Nowhere' } });
    expect(unseen.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await familyRow(family.id)).toEqual(before);
  });
});

const MEMBER_FIELDS = `id fullName dateOfBirth role sex school householdHistory { familyId role joinedOn leftOn reason family { reference } }`;

describe('members', () => {
  it('updatePerson corrects details through the family’s version', async () => {
    const family = await createFamily('Rotherham North', [{ fullName: 'Tyler Marsh', dateOfBirth: '2012-09-01', role: 'CHILD' }]);
    const person = family.members[0]!;
    const result = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${MEMBER_FIELDS} } }`, {
      input: { personId: person.id, expectedVersion: family.version, fullName: 'Tyler Marsh-Hirst', sex: 'MALE', school: 'Thornhill Primary School' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updatePerson).toMatchObject({ fullName: 'Tyler Marsh-Hirst', sex: 'MALE', school: 'Thornhill Primary School', dateOfBirth: '2012-09-01' });
    expect(await version(family.id)).toBe(family.version + 1);

    const stale = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { personId: person.id, expectedVersion: family.version, school: 'Oakwood High School' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { personId: person.id, expectedVersion: family.version + 1, dateOfBirth: '2999-01-01' },
    });
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringContaining('dateOfBirth must be a date in the past'), extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { personId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, school: 'x' },
    });
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringContaining('No person'), extensions: { code: 'NOT_FOUND' } });
    const row = (await subgraph.db.query(`SELECT full_name, school FROM families.person WHERE id = $1`, [person.id]))[0];
    expect(row).toEqual({ full_name: 'Tyler Marsh-Hirst', school: 'Thornhill Primary School' });
  });

  it('updatePerson changes a person’s role in the household and their current spell there with it', async () => {
    const family = await createFamily('Rotherham North', [{ fullName: 'Jade Cutts', dateOfBirth: '2009-03-03', role: 'CHILD' }]);
    const person = family.members[0]!;
    const result = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { ${MEMBER_FIELDS} } }`, {
      input: { personId: person.id, expectedVersion: family.version, role: 'YOUNG_PERSON' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updatePerson).toMatchObject({ role: 'YOUNG_PERSON', householdHistory: [{ familyId: family.id, role: 'YOUNG_PERSON', leftOn: null }] });
    expect((await auditRows(family.id)).filter((row) => row.action === 'UPDATE').map((row) => row.fields)).toContainEqual(['members.role']);

    const cleared = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, {
      input: { personId: person.id, expectedVersion: family.version + 1, role: null },
    });
    expect(cleared.errors?.[0]).toMatchObject({ message: expect.stringContaining('role cannot be cleared'), extensions: { code: 'BAD_USER_INPUT' } });
    const partner = await ask(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { personId: person.id, expectedVersion: family.version + 1, role: 'CHILD' } }, testIdentity('PARTNER'));
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rows = await subgraph.db.query(`SELECT p.role, m.role AS spell_role FROM families.person p JOIN families.household_membership m ON m.person_id = p.id WHERE p.id = $1`, [person.id]);
    expect(rows).toEqual([{ role: 'YOUNG_PERSON', spell_role: 'YOUNG_PERSON' }]);
  });

  it('movePerson ends the spell in the old household and starts one in the new, with history on both sides and both versions moved on', async () => {
    const from = await createFamily('Rotherham North', [
      { fullName: 'Leanne Booth', dateOfBirth: '1988-02-14', role: 'PARENT_CARER' },
      { fullName: 'Mason Booth', dateOfBirth: '2009-04-04', role: 'YOUNG_PERSON' },
    ]);
    const to = await createFamily('Rotherham South', [{ fullName: 'Margaret Booth', dateOfBirth: '1960-12-12', role: 'PARENT_CARER' }]);
    const mason = from.members.find((m) => m.fullName === 'Mason Booth')!;
    const movedOn = new Date().toISOString().slice(0, 10);

    const moved = await ask(`mutation($input: MovePersonInput!) { movePerson(input: $input) { ${MEMBER_FIELDS} } }`, {
      input: { personId: mason.id, toFamilyId: to.id, role: 'CHILD', reason: 'Moved in with his grandmother under a kinship arrangement', movedOn, expectedVersion: to.version },
    });
    expect(moved.errors).toBeUndefined();
    const person = moved.data.movePerson;
    expect(person.role).toBe('CHILD');
    expect(person.householdHistory).toEqual([
      { familyId: to.id, role: 'CHILD', joinedOn: movedOn, leftOn: null, reason: 'Moved in with his grandmother under a kinship arrangement', family: { reference: to.reference } },
      { familyId: from.id, role: 'YOUNG_PERSON', joinedOn: expect.any(String), leftOn: movedOn, reason: 'Household identified', family: { reference: from.reference } },
    ]);
    expect(await version(to.id)).toBe(to.version + 1);
    expect(await version(from.id)).toBe(from.version + 1);

    const households = await ask(`query($a: ID!, $b: ID!) { a: family(id: $a) { members { fullName } } b: family(id: $b) { members { fullName } } }`, { a: from.id, b: to.id });
    expect(households.data.a.members.map((m: any) => m.fullName)).toEqual(['Leanne Booth']);
    expect(households.data.b.members.map((m: any) => m.fullName).sort()).toEqual(['Margaret Booth', 'Mason Booth']);
    expect((await auditRows(from.id)).some((row) => row.action === 'UPDATE' && row.fields.includes('members'))).toBe(true);
    expect((await auditRows(to.id)).some((row) => row.action === 'UPDATE' && row.fields.includes('members'))).toBe(true);
  });

  it('movePerson needs the caller to be able to change both households, and writes nothing otherwise', async () => {
    const from = await createFamily('Rotherham North', [{ fullName: 'Kyle Dyson', dateOfBirth: '2010-01-01', role: 'CHILD' }]);
    const kyle = from.members[0]!;
    const elsewhere = await createFamily('Wentworth North', [{ fullName: 'Sandra Dyson', dateOfBirth: '1962-03-03', role: 'PARENT_CARER' }]);
    const near = await createFamily('Rotherham South', [{ fullName: 'Gary Dyson', dateOfBirth: '1965-03-03', role: 'PARENT_CARER' }]);
    const memberships = async () => (await subgraph.db.query(`SELECT family_id, left_on FROM families.household_membership WHERE person_id = $1`, [kyle.id])).length;
    const move = (toFamilyId: string, expectedVersion: number, identity: Identity = coordinator, movedOn = '2026-01-01') =>
      ask(`mutation($input: MovePersonInput!) { movePerson(input: $input) { id } }`, { input: { personId: kyle.id, toFamilyId, role: 'CHILD', reason: 'Moved to his nan', movedOn, expectedVersion } }, identity);

    // The co-ordinator cannot see a family outside their areas.
    expect((await move(elsewhere.id, elsewhere.version)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A lead worker who leads neither household cannot see the person.
    expect((await move(near.id, near.version, leadWorker)).errors?.[0]).toMatchObject({ message: expect.stringContaining('No person'), extensions: { code: 'NOT_FOUND' } });
    expect((await move(near.id, near.version + 5)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await move(from.id, from.version)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await move(near.id, near.version, testIdentity('ANALYST'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const early = await move(near.id, near.version, coordinator, '2001-01-01');
    expect(early.errors?.[0]).toMatchObject({ message: expect.stringContaining('movedOn cannot be before'), extensions: { code: 'BAD_USER_INPUT', field: 'movedOn' } });

    expect(await memberships()).toBe(1);
    expect(await version(from.id)).toBe(from.version);
    expect(await version(near.id)).toBe(near.version);
    expect((await subgraph.db.query(`SELECT family_id FROM families.person WHERE id = $1`, [kyle.id]))[0].family_id).toBe(from.id);
  });

  it('records relationships between current members, shows them on both people, and refuses duplicates', async () => {
    const family = await createFamily('Rotherham North', [
      { fullName: 'Kelly Marsh', dateOfBirth: '1988-02-14', role: 'PARENT_CARER' },
      { fullName: 'Tyler Marsh', dateOfBirth: '2012-09-01', role: 'CHILD' },
      { fullName: 'Ruby Marsh', dateOfBirth: '2014-03-03', role: 'CHILD' },
    ]);
    const [kelly, tyler, ruby] = ['Kelly Marsh', 'Tyler Marsh', 'Ruby Marsh'].map((name) => family.members.find((m) => m.fullName === name)!);
    const record = (personId: string, relatedPersonId: string, kind: string, familyId = family.id) =>
      ask(`mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id kind person { fullName } relatedPerson { fullName } } }`, {
        input: { familyId, personId, relatedPersonId, kind },
      });

    const parent = await record(kelly!.id, tyler!.id, 'PARENT_OF');
    expect(parent.errors).toBeUndefined();
    expect(parent.data.recordRelationship).toMatchObject({ kind: 'PARENT_OF', person: { fullName: 'Kelly Marsh' }, relatedPerson: { fullName: 'Tyler Marsh' } });
    expect((await record(tyler!.id, ruby!.id, 'SIBLING_OF')).errors).toBeUndefined();

    expect((await record(kelly!.id, tyler!.id, 'PARENT_OF')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await record(ruby!.id, tyler!.id, 'SIBLING_OF')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await record(kelly!.id, kelly!.id, 'CARER_OF')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stranger = demoFamilies().find((f) => f.area === 'Rotherham North')!.members[0]!;
    expect((await record(kelly!.id, stranger.id, 'CARER_OF')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'relatedPersonId' } });

    const seen = await ask(`query($id: ID!) { family(id: $id) { members { fullName relationships { kind person { fullName } relatedPerson { fullName } } } } }`, { id: family.id });
    const relationshipsOf = (name: string) =>
      seen.data.family.members.find((m: any) => m.fullName === name).relationships.map((r: any) => `${r.person.fullName} ${r.kind} ${r.relatedPerson.fullName}`);
    expect(relationshipsOf('Kelly Marsh')).toEqual(['Kelly Marsh PARENT_OF Tyler Marsh']);
    expect(relationshipsOf('Tyler Marsh')).toEqual(['Kelly Marsh PARENT_OF Tyler Marsh', 'Tyler Marsh SIBLING_OF Ruby Marsh']);
    expect(relationshipsOf('Ruby Marsh')).toEqual(['Tyler Marsh SIBLING_OF Ruby Marsh']);
    expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM families.relationship WHERE family_id = $1`, [family.id])).toEqual([{ n: 2 }]);
  });

  it('removes a relationship recorded in error, with the reason in the audit trail, and refuses what it may not', async () => {
    const family = await createFamily('Rotherham North', [
      { fullName: 'Donna Pickering', dateOfBirth: '1984-05-05', role: 'PARENT_CARER' },
      { fullName: 'Kai Pickering', dateOfBirth: '2013-06-06', role: 'CHILD' },
    ]);
    const [donna, kai] = family.members;
    const recorded = await ask(`mutation($input: RecordRelationshipInput!) { recordRelationship(input: $input) { id } }`, {
      input: { familyId: family.id, personId: kai!.id, relatedPersonId: donna!.id, kind: 'PARENT_OF' },
    });
    const relationshipId = recorded.data.recordRelationship.id as string;
    const REMOVE = `mutation($input: RemoveRelationshipInput!) { removeRelationship(input: $input) { id version members { relationships { id } } } }`;
    const remove = (reason: string, identity: Identity = coordinator, id = relationshipId) => ask(REMOVE, { input: { relationshipId: id, reason } }, identity);

    expect((await remove('   ')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'reason' } });
    // Sarah leads none of this household, so its relationships do not exist for her.
    expect((await remove('Wrong way round', leadWorker)).errors?.[0]).toMatchObject({ message: `No relationship with id ${relationshipId}`, extensions: { code: 'NOT_FOUND' } });
    expect(await subgraph.db.query(`SELECT count(*)::int AS n FROM families.relationship WHERE id = $1`, [relationshipId])).toEqual([{ n: 1 }]);

    const before = await version(family.id);
    const removed = await remove('Recorded the wrong way round: Donna is Kai’s parent');
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeRelationship.members.flatMap((m: any) => m.relationships)).toEqual([]);
    expect(removed.data.removeRelationship.version).toBe(before + 1);
    expect((await auditRows(family.id)).filter((row) => row.action === 'UPDATE' && row.reason)).toEqual([
      { action: 'UPDATE', fields: ['members.relationships'], reason: 'Recorded the wrong way round: Donna is Kai’s parent', operation: expect.any(String) },
    ]);

    expect((await remove('Again')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await remove('Malformed', coordinator, 'rel-1')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads the relationships and household history of a whole page of families in one statement each', async () => {
    const before = subgraph.statements.count;
    const result = await ask(`{ families(first: 30) { edges { node { members { relationships { kind } householdHistory { joinedOn } } } } } }`, {}, manager);
    expect(result.errors).toBeUndefined();
    const statements = subgraph.statements.recent.slice(-(subgraph.statements.count - before));
    expect(statements.filter((sql) => /FROM "families"\."relationship"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "families"\."household_membership"/.test(sql))).toHaveLength(1);
  });
});
