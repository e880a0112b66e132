import type { Identity } from '@hearth/auth';
import { demoCasework, demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const sarah = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const partner = demoIdentity('mark.wilson')!;
const analyst = demoIdentity('tom.lee')!;

interface Entry {
  at: string;
  kind: string;
  summary: string;
  source: string;
}

/** What the gateway sends when it resolves `chronology`: the key, and the events the other subgraphs gave it (@requires). */
const CHRONOLOGY = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id chronology { at kind summary source } } } }`;
const representation = (familyId: string, events: Partial<Record<'evidenceEvents' | 'interventionEvents' | 'progressEvents', Entry[]>> = {}) => ({
  __typename: 'Family',
  id: familyId,
  evidenceEvents: [],
  interventionEvents: [],
  progressEvents: [],
  ...events,
});
const chronologyOf = async (identity: Identity, ...representations: ReturnType<typeof representation>[]) => {
  const result = await postGraphQL<any>(subgraph.url, CHRONOLOGY, { representations }, { identity });
  expect(result.errors).toBeUndefined();
  return result.data._entities as ({ id: string; chronology: Entry[] } | null)[];
};

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const isNewestFirst = (entries: Entry[]) => entries.every((e, i) => i === 0 || Date.parse(entries[i - 1]!.at) >= Date.parse(e.at));
const kindsAndTimes = (entries: Entry[]) => entries.map((e) => `${e.at} ${e.kind}`).sort();

const ledBySarah = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);
const withEverything = ledBySarah.find((f) => demoCasework(f).caseNotes.length >= 2 && demoCasework(f).consent && f.engagedAgencyIds.length > 1)!;
const seenByPartner = ledBySarah.find((f) => f.engagedAgencyIds.includes(partner.agencyId!) && demoCasework(f).consent?.status === 'GIVEN')!;

/** The family's own events as the demo seed put them in: lifecycle, allocation, agencies, consent and case notes. */
function demoOwnEvents(family: DemoFamily, caseNotes = true): string[] {
  const casework = demoCasework(family);
  const allocatedOn = casework.statusHistory.find((s) => s.toStatus === 'ALLOCATED')?.changedOn ?? '2026-01-05';
  return [
    ...casework.statusHistory.map((s) => `${dayStart(s.changedOn)} STATUS_CHANGED`),
    ...(family.leadWorkerId ? [`${dayStart(allocatedOn)} LEAD_WORKER_ALLOCATED`] : []),
    ...family.engagedAgencyIds.map(() => `${dayStart('2026-01-05')} AGENCY_ENGAGED`),
    ...(casework.consent ? [`${dayStart(casework.consent.recordedOn)} CONSENT_RECORDED`] : []),
    ...(caseNotes ? casework.caseNotes.map((n) => `${dayStart(n.contactOn)} CASE_NOTE`) : []),
  ].sort();
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('a family’s chronology', () => {
  it('merges the events the other subgraphs sent with the family’s own, newest first', async () => {
    const family = withEverything;
    const notes = [...demoCasework(family).caseNotes].sort((a, b) => b.contactOn.localeCompare(a.contactOn));
    // Between the family's two newest contacts, and before everything else.
    const between = new Date((Date.parse(notes[0]!.contactOn) + Date.parse(notes[1]!.contactOn)) / 2).toISOString();
    const evidence = { at: between, kind: 'EVIDENCE_RECORDED', summary: 'Police call-out (from South Yorkshire Police)', source: 'criteria' };
    const intervention = { at: '2020-03-01T00:00:00.000Z', kind: 'INTERVENTION_STARTED', summary: 'Intervention started: Family Group Conference', source: 'interventions' };
    const progress = { at: new Date().toISOString(), kind: 'PROGRESS_RECORDED', summary: 'Attendance above 90%: achieved', source: 'outcomes' };

    const [result] = await chronologyOf(sarah, representation(family.id, { evidenceEvents: [evidence], interventionEvents: [intervention], progressEvents: [progress] }));
    const chronology = result!.chronology;

    expect(isNewestFirst(chronology)).toBe(true);
    expect(chronology[0]).toEqual(progress);
    expect(chronology.at(-1)).toEqual(intervention);
    const evidenceAt = chronology.findIndex((e) => e.kind === 'EVIDENCE_RECORDED');
    expect(chronology[evidenceAt]).toEqual(evidence);
    expect(chronology[evidenceAt - 1]).toMatchObject({ kind: 'CASE_NOTE', at: dayStart(notes[0]!.contactOn) });
    expect(kindsAndTimes(chronology.filter((e) => e.source === 'families'))).toEqual(demoOwnEvents(family));
  });

  it('says what happened in words, naming the workers and agencies', async () => {
    const family = withEverything;
    const casework = demoCasework(family);
    const [result] = await chronologyOf(sarah, representation(family.id));
    const summaries = result!.chronology.map((e) => e.summary);
    const newestNote = [...casework.caseNotes].sort((a, b) => b.contactOn.localeCompare(a.contactOn))[0]!;
    const kindInWords = { HOME_VISIT: 'Home visit', PHONE_CALL: 'Phone call', TAF_MEETING: 'Team Around the Family meeting', MEETING: 'Meeting', OFFICE_NOTE: 'Office note' };
    // The demo's notes are short enough to be shown whole.
    expect(summaries).toContain(`${kindInWords[newestNote.kind]} (${sarah.name}): ${newestNote.body}`);
    expect(summaries).toContain(`${sarah.name} became the lead worker: Allocated by co-ordinator`);
    expect(summaries).toContain(`Came into the programme as identified: ${casework.statusHistory[0]!.reason}`);
    expect(summaries).toContain(`Moved from identified to eligible: ${casework.statusHistory[1]!.reason}`);
    expect(summaries.some((s) => /^.+ began working with the family \(Team Around the Family\)$/.test(s))).toBe(true);
  });

  it('shows a new case note at once, at the time it was written when the contact was today', async () => {
    const family = withEverything;
    const today = new Date().toISOString().slice(0, 10);
    const added = await postGraphQL<any>(
      subgraph.url,
      `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { writtenAt } }`,
      { input: { familyId: family.id, kind: 'PHONE_CALL', contactOn: today, body: 'Called mum about the school meeting.' } },
      { identity: sarah },
    );
    expect(added.errors).toBeUndefined();
    const [result] = await chronologyOf(sarah, representation(family.id));
    expect(result!.chronology[0]).toEqual({
      at: added.data.addCaseNote.writtenAt,
      kind: 'CASE_NOTE',
      summary: `Phone call (${sarah.name}): Called mum about the school meeting.`,
      source: 'families',
    });
  });

  it('shows an end above the start it shares a day with', async () => {
    const family = ledBySarah.find((f) => f !== withEverything && f !== seenByPartner)!;
    const day = '2026-03-02';
    // An agency that worked with the family for one day only (a one-off assessment), put straight into the database.
    const [{ id: agencyId, name }] = await subgraph.db.query(`SELECT id, name FROM families.agency ORDER BY name LIMIT 1`);
    await subgraph.db.query(
      `INSERT INTO families.engagement (family_id, agency_id, capacity, started_on, ended_on) VALUES ($1, $2, 'One-off assessment', $3, $3)`,
      [family.id, agencyId, day],
    );
    const [result] = await chronologyOf(sarah, representation(family.id));
    const onThatDay = result!.chronology.filter((e) => e.at === dayStart(day));
    expect(onThatDay.map((e) => e.summary)).toEqual([`${name} stopped working with the family`, `${name} began working with the family (One-off assessment)`]);
  });

  it('leaves case notes out for partners, and what workers typed out for analysts', async () => {
    const family = seenByPartner;
    const [forPartner] = await chronologyOf(partner, representation(family.id));
    expect(forPartner!.chronology.map((e) => e.kind)).not.toContain('CASE_NOTE');
    expect(kindsAndTimes(forPartner!.chronology)).toEqual(demoOwnEvents(family, false));

    const [forAnalyst] = await chronologyOf(analyst, representation(family.id));
    expect(forAnalyst!.chronology.map((e) => e.kind)).not.toContain('CASE_NOTE');
    const reason = demoCasework(family).statusHistory[0]!.reason;
    expect(forAnalyst!.chronology.map((e) => e.summary)).toContain('Came into the programme as identified');
    expect(JSON.stringify(forAnalyst)).not.toContain(reason);
    expect(forPartner!.chronology.map((e) => e.summary)).toContain(`Came into the programme as identified: ${reason}`);
  });

  it('gives nothing of a family the caller may not see', async () => {
    const notSarahs = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== sarah.sub)!;
    expect(await chronologyOf(sarah, representation(notSarahs.id))).toEqual([null]);
  });

  it('fails rather than answer without the other subgraphs’ events', async () => {
    const { evidenceEvents: _left, ...withoutEvidence } = representation(withEverything.id);
    const result = await postGraphQL<any>(subgraph.url, CHRONOLOGY, { representations: [withoutEvidence] }, { identity: sarah });
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.data?._entities?.[0] ?? null).toBeNull();
  });

  it('costs the same statements for twenty families as for two', async () => {
    const families = demoFamilies().filter((f) => f.leadWorkerId && demoCasework(f).caseNotes.length > 0 && demoCasework(f).consent);
    const statementsFor = async (count: number) => {
      const before = subgraph.statements.count;
      const entities = await chronologyOf(manager, ...families.slice(0, count).map((f) => representation(f.id)));
      expect(entities.filter((e) => e && e.chronology.length > 0)).toHaveLength(count);
      return subgraph.statements.recent.slice(-(subgraph.statements.count - before));
    };
    const two = await statementsFor(2);
    const twenty = await statementsFor(20);
    expect(twenty).toHaveLength(two.length);
    // The families themselves, six kinds of event, and the audit of the reads.
    expect(twenty).toHaveLength(8);
  });
});
