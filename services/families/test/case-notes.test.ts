import type { Identity } from '@hearth/auth';
import { demoCasework, demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const leadWorker = demoIdentity('sarah.ahmed')!;
const otherLeadWorker = demoIdentity('daniel.hughes')!;
const coordinator = demoIdentity('priya.patel')!;
const manager = demoIdentity('helen.carter')!;
const partner = demoIdentity('mark.wilson')!;
const analyst = demoIdentity('tom.lee')!;

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = leadWorker) =>
  postGraphQL<any>(subgraph.url, query, variables, { identity });

const ledBy = (identity: Identity) => demoFamilies().filter((f) => f.leadWorkerId === identity.sub);
const demoNotesNewestFirst = (family: DemoFamily) => [...demoCasework(family).caseNotes].sort((a, b) => b.contactOn.localeCompare(a.contactOn));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const noteCount = async (familyId: string) =>
  Number((await subgraph.db.query('SELECT count(*) FROM families.case_note WHERE family_id = $1', [familyId]))[0].count);
const versionOf = async (familyId: string) => Number((await subgraph.db.query('SELECT version FROM families.family WHERE id = $1', [familyId]))[0].version);

const ADD = `mutation($input: AddCaseNoteInput!) {
  addCaseNote(input: $input) { id kind contactOn body writtenAt author { id name } }
}`;
const NOTES = `query($id: ID!) { family(id: $id) { version lastContactOn caseNotes { id kind contactOn body author { name } } } }`;

// Each writing test has a family of its own, so no test depends on another's notes.
const [readHere, writtenByLeadWorker, refusedHere, boundaryHere] = ledBy(leadWorker).filter((f) => demoCasework(f).caseNotes.length >= 2);
const forCoordinator = ledBy(leadWorker).filter((f) => demoCasework(f).caseNotes.length >= 2).at(-1)!;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('reading case notes', () => {
  it('lists a family’s notes newest contact first, each with its author, and the day of the last contact', async () => {
    const result = await ask(NOTES, { id: readHere!.id });
    expect(result.errors).toBeUndefined();
    const expected = demoNotesNewestFirst(readHere!);
    expect(result.data.family.caseNotes).toEqual(
      expected.map((note) => ({ id: note.id, kind: note.kind, contactOn: note.contactOn, body: note.body, author: { name: leadWorker.name } })),
    );
    expect(result.data.family.lastContactOn).toBe(expected[0]!.contactOn);
  });

  it('gives no notes and no last contact for a family nobody has seen yet', async () => {
    const waiting = demoFamilies().find((f) => f.area === 'Rotherham North' && !f.leadWorkerId)!;
    const result = await ask(NOTES, { id: waiting.id }, coordinator);
    expect(result.errors).toBeUndefined();
    expect(result.data.family).toMatchObject({ caseNotes: [], lastContactOn: null });
  });

  it('costs one statement for the notes, one for the last contacts and one for the authors, however many families', async () => {
    const statementsFor = async (first: number) => {
      const before = subgraph.statements.count;
      const result = await ask(`query($first: Int) { families(first: $first) { edges { node { lastContactOn caseNotes { id author { name } } } } } }`, { first }, manager);
      expect(result.errors).toBeUndefined();
      expect(result.data.families.edges).toHaveLength(first);
      return subgraph.statements.recent.slice(-(subgraph.statements.count - before));
    };
    const few = await statementsFor(3);
    const many = await statementsFor(60);
    expect(many).toHaveLength(few.length);
    expect(many.filter((sql) => /FROM "families"\."case_note"/.test(sql))).toHaveLength(1);
    expect(many.filter((sql) => sql.includes('max(contact_on)'))).toHaveLength(1);
    expect(many.filter((sql) => /FROM "families"\."worker"/.test(sql))).toHaveLength(1);
  });
});

describe('adding a case note', () => {
  it('adds the lead worker’s note, signed by them; it comes first, the last contact follows, the version goes up, and it is audited', async () => {
    const family = writtenByLeadWorker!;
    const before = await versionOf(family.id);
    const today = daysAgo(0);
    const result = await ask(ADD, {
      input: { familyId: family.id, kind: 'HOME_VISIT', contactOn: today, body: '  Home visit. Agreed the morning routine with both children.  ' },
    });
    expect(result.errors).toBeUndefined();
    const note = result.data.addCaseNote;
    expect(note).toMatchObject({ kind: 'HOME_VISIT', contactOn: today, body: 'Home visit. Agreed the morning routine with both children.', author: { id: leadWorker.sub, name: leadWorker.name } });
    expect(Date.parse(note.writtenAt)).toBeGreaterThan(Date.now() - 60_000);

    const after = (await ask(NOTES, { id: family.id })).data.family;
    expect(after.caseNotes.map((n: any) => n.id)).toEqual([note.id, ...demoNotesNewestFirst(family).map((n) => n.id)]);
    expect(after.lastContactOn).toBe(today);
    expect(after.version).toBe(before + 1);

    const audit = await subgraph.db.query(`SELECT actor_id, fields FROM families.audit_event WHERE family_id = $1 AND action = 'UPDATE'`, [family.id]);
    expect(audit).toEqual([{ actor_id: leadWorker.sub, fields: ['caseNotes'] }]);
  });

  it('places a note by the day of the contact, not the day it was written, and signs it as the co-ordinator who wrote it', async () => {
    const family = forCoordinator;
    const notes = demoNotesNewestFirst(family);
    // Between the newest and the second newest demo contact.
    const between = new Date((Date.parse(notes[0]!.contactOn) + Date.parse(notes[1]!.contactOn)) / 2).toISOString().slice(0, 10);
    const result = await ask(ADD, { input: { familyId: family.id, kind: 'TAF_MEETING', contactOn: between, body: 'Team Around the Family review.' } }, coordinator);
    expect(result.errors).toBeUndefined();
    expect(result.data.addCaseNote.author.name).toBe(coordinator.name);
    const after = (await ask(NOTES, { id: family.id }, coordinator)).data.family;
    expect(after.caseNotes.map((n: any) => n.id)).toEqual([notes[0]!.id, result.data.addCaseNote.id, ...notes.slice(1).map((n) => n.id)]);
    expect(after.lastContactOn).toBe(notes[0]!.contactOn);
  });

  it('takes a note of exactly 10,000 characters', async () => {
    const body = 'x'.repeat(10_000);
    const result = await ask(ADD, { input: { familyId: boundaryHere!.id, kind: 'OFFICE_NOTE', contactOn: daysAgo(1), body } });
    expect(result.errors).toBeUndefined();
    expect(result.data.addCaseNote.body).toHaveLength(10_000);
  });

  describe('bad input gets a clear error, with a code, and writes nothing', () => {
    const refused = async (input: Record<string, unknown>, identity: Identity, code: string, message: string | RegExp) => {
      const family = refusedHere!;
      const [notes, version] = [await noteCount(family.id), await versionOf(family.id)];
      const result = await ask(ADD, { input: { familyId: family.id, kind: 'PHONE_CALL', contactOn: daysAgo(2), body: 'Called mum.', ...input } }, identity);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.message).toMatch(message);
      expect([await noteCount(family.id), await versionOf(family.id)]).toEqual([notes, version]);
    };

    it('a contact in the future', () => refused({ contactOn: daysAgo(-1) }, leadWorker, 'BAD_USER_INPUT', 'contactOn must be a date in the past'));
    it('a day that does not exist', () => refused({ contactOn: '2026-02-30' }, leadWorker, 'BAD_USER_INPUT', 'contactOn must be a date'));
    it('an empty note', () => refused({ body: '   ' }, leadWorker, 'BAD_USER_INPUT', 'body must not be empty'));
    it('a note over 10,000 characters', () => refused({ body: 'x'.repeat(10_001) }, leadWorker, 'BAD_USER_INPUT', 'at most 10000 characters'));
    it('a kind of contact that does not exist', async () => {
      const result = await ask(ADD, { input: { familyId: refusedHere!.id, kind: 'CARRIER_PIGEON', contactOn: daysAgo(2), body: 'Hm.' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('CARRIER_PIGEON');
    });
    it('a family the lead worker does not lead', () => refused({ familyId: ledBy(otherLeadWorker)[0]!.id }, leadWorker, 'NOT_FOUND', 'No family'));
    it('a caller with no worker record to sign it', () =>
      refused({}, testIdentity('COORDINATOR', { areas: [refusedHere!.area] }), 'FORBIDDEN', /no worker record in Hearth/));
  });
});

describe('partners and analysts', () => {
  const seenByPartner = ledBy(leadWorker).find((f) => f.engagedAgencyIds.includes(partner.agencyId!) && demoCasework(f).consent?.status === 'GIVEN')!;

  it('may not write a case note', async () => {
    for (const identity of [partner, analyst]) {
      const before = await noteCount(seenByPartner.id);
      const result = await ask(ADD, { input: { familyId: seenByPartner.id, kind: 'PHONE_CALL', contactOn: daysAgo(1), body: 'Called.' } }, identity);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('cannot write case notes'), extensions: { code: 'FORBIDDEN' } });
      expect(await noteCount(seenByPartner.id)).toBe(before);
    }
  });

  it('get FORBIDDEN, not data, for case notes and the last contact of a family they can see', async () => {
    for (const identity of [partner, analyst]) {
      const visible = await ask(`query($id: ID!) { family(id: $id) { reference } }`, { id: seenByPartner.id }, identity);
      expect(visible.data.family.reference).toBe(seenByPartner.reference);

      const notes = await ask(`query($id: ID!) { family(id: $id) { reference caseNotes { body } } }`, { id: seenByPartner.id }, identity);
      expect(notes.errors?.[0]).toMatchObject({ path: ['family', 'caseNotes'], extensions: { code: 'FORBIDDEN' } });
      expect(notes.errors?.[0]?.message).toContain('cannot read case notes');
      expect(JSON.stringify(notes.data)).not.toContain(demoCasework(seenByPartner).caseNotes[0]!.body);

      const last = await ask(`query($id: ID!) { family(id: $id) { reference lastContactOn } }`, { id: seenByPartner.id }, identity);
      expect(last.errors?.[0]).toMatchObject({ path: ['family', 'lastContactOn'], extensions: { code: 'FORBIDDEN' } });
      expect(last.data.family).toEqual({ reference: seenByPartner.reference, lastContactOn: null });
    }
  });
});
