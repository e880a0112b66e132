import { todayInUk } from '@hearth/programme';
import type { Identity } from '@hearth/auth';
import { agencyNamed, DEMO_AGENCIES, DEMO_AGREEMENT, demoCasework, demoFamilies, demoIdentity, type DemoFamily } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const leadWorker = demoIdentity('sarah.ahmed')!;
const policePartner = demoIdentity('mark.wilson')!;
const schoolPartner = demoIdentity('grace.okafor')!;
const police = agencyNamed('South Yorkshire Police');
const school = agencyNamed('Oakwood High School');

const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => postGraphQL(subgraph.url, query, variables, { identity });
const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM families.${table}`))[0].count);
const versionOf = async (familyId: string) => Number((await subgraph.db.query('SELECT version FROM families.family WHERE id = $1', [familyId]))[0].version);
const parentOf = (family: DemoFamily) => family.members.find((m) => m.role === 'PARENT_CARER')!;
const today = () => todayInUk();

const CONSENT = `query($id: ID!) { family(id: $id) {
  consent { id status scope recordedOn recordedAt note agencies { id name } givenBy { id fullName } agreement { id name reference signedOn reviewOn parties { name } } }
  consentHistory { id status scope agencies { name } }
} }`;
const RECORD = `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id version consent { status scope agencies { name } givenBy { fullName } note } consentHistory { status } } }`;
const ADD_ENGAGEMENT = `mutation($input: AddEngagementInput!) { addEngagement(input: $input) { version engagements { id agency { id } } } }`;

/** Records consent for a family as it stands now (its current version), by its first parent under the demo agreement. */
async function recordConsent(family: DemoFamily, input: Record<string, unknown>, identity: Identity = manager) {
  return ask(RECORD, {
    input: { familyId: family.id, status: 'GIVEN', givenByPersonId: parentOf(family).id, scope: 'ALL_ENGAGED_AGENCIES', agreementId: DEMO_AGREEMENT.id, expectedVersion: await versionOf(family.id), ...input },
  }, identity);
}

async function sees(identity: Identity, familyId: string): Promise<boolean> {
  const result = await ask(`query($id: ID!) { family(id: $id) { id } }`, { id: familyId }, identity);
  if (result.errors?.[0]?.extensions?.code === 'NOT_FOUND') return false;
  expect(result.errors).toBeUndefined();
  return true;
}

/** Every family in the caller's `families` list, page by page, and the totalCount it reports. */
async function familiesList(identity: Identity): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const result = await ask(`query($after: String) { families(first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after }, identity);
    const page = (result.data as any).families;
    ids.push(...page.edges.map((e: any) => e.node.id));
    totalCount = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { ids, totalCount };
}

/** Families that consented to sharing with every engaged agency, and neither the police nor Oakwood High works with yet. */
const unusedFamilies = demoFamilies().filter(
  (f) => demoCasework(f).consent?.status === 'GIVEN' && !f.engagedAgencyIds.includes(police.id) && !f.engagedAgencyIds.includes(school.id),
);

/** Engages the police and Oakwood High with a family that consents to sharing with every engaged agency; both partners then see it. */
async function familyBothPartnersSee(): Promise<DemoFamily> {
  const family = unusedFamilies.shift()!;
  for (const [agency, capacity] of [[police, 'Neighbourhood policing team'], [school, 'Attendance officer']] as const) {
    const added = await ask(ADD_ENGAGEMENT, { input: { familyId: family.id, agencyId: agency.id, capacity, startedOn: '2026-09-01', expectedVersion: await versionOf(family.id) } });
    expect(added.errors).toBeUndefined();
  }
  expect(await sees(policePartner, family.id)).toBe(true);
  expect(await sees(schoolPartner, family.id)).toBe(true);
  return family;
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('information sharing agreements', () => {
  it('lists the agreements with their parties', async () => {
    const result = await ask(`{ informationSharingAgreements { id name reference signedOn reviewOn parties { name } } }`, {}, policePartner);
    expect(result.errors).toBeUndefined();
    const [agreement] = (result.data as any).informationSharingAgreements;
    expect(agreement).toMatchObject({ id: DEMO_AGREEMENT.id, name: DEMO_AGREEMENT.name, reference: 'ISA-2025-014', signedOn: '2025-04-01', reviewOn: '2027-03-31' });
    expect(agreement.parties.map((p: any) => p.name).sort()).toEqual(DEMO_AGENCIES.map((a) => a.name).sort());
  });
});

describe('a family’s consent', () => {
  it('shows the consent in force: who gave it, under which agreement, and the agencies it covers today', async () => {
    const family = demoFamilies().find((f) => demoCasework(f).consent?.status === 'GIVEN' && f.engagedAgencyIds.length > 2)!;
    const result = await ask(CONSENT, { id: family.id });
    expect(result.errors).toBeUndefined();
    const { consent, consentHistory } = (result.data as any).family;
    expect(consent).toMatchObject({
      status: 'GIVEN',
      scope: 'ALL_ENGAGED_AGENCIES',
      recordedOn: demoCasework(family).consent!.recordedOn,
      givenBy: { id: parentOf(family).id, fullName: parentOf(family).fullName },
      agreement: { id: DEMO_AGREEMENT.id, reference: 'ISA-2025-014' },
    });
    expect(consent.agencies.map((a: any) => a.id).sort()).toEqual([...family.engagedAgencyIds].sort());
    expect(consentHistory).toEqual([{ id: consent.id, status: 'GIVEN', scope: 'ALL_ENGAGED_AGENCIES', agencies: consent.agencies.map((a: any) => ({ name: a.name })) }]);
  });

  it('has none before any is recorded', async () => {
    const family = demoFamilies().find((f) => !demoCasework(f).consent)!;
    const result = await ask(CONSENT, { id: family.id });
    expect((result.data as any).family).toEqual({ consent: null, consentHistory: [] });
  });

  it('lets the lead worker record a new decision, which is then in force, newest first in the history', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === leadWorker.sub && demoCasework(f).consent?.status === 'GIVEN')!;
    const version = await versionOf(family.id);
    const result = await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: [school.id, school.id], note: ' Mum happy for school to know; not the police. ' }, leadWorker);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).recordConsent).toMatchObject({
      version: version + 1,
      consent: { status: 'GIVEN', scope: 'NAMED_AGENCIES', agencies: [{ name: 'Oakwood High School' }], givenBy: { fullName: parentOf(family).fullName }, note: 'Mum happy for school to know; not the police.' },
      consentHistory: [{ status: 'GIVEN' }, { status: 'GIVEN' }],
    });
    const [row] = await subgraph.db.query('SELECT recorded_by, recorded_on::text AS recorded_on, agency_ids FROM families.consent WHERE family_id = $1 ORDER BY recorded_at DESC LIMIT 1', [family.id]);
    expect(row).toEqual({ recorded_by: leadWorker.sub, recorded_on: today(), agency_ids: [school.id] });

    const refused = await recordConsent(family, { status: 'REFUSED' }, leadWorker);
    expect((refused.data as any).recordConsent.consentHistory).toEqual([{ status: 'REFUSED' }, { status: 'GIVEN' }, { status: 'GIVEN' }]);
  });

  it('loads consent, its agencies, who gave it and its agreement in one statement per kind, however many families are on the page', async () => {
    const page = (first: number) =>
      `{ families(first: ${first}) { edges { node { consent { status agencies { name } givenBy { fullName } agreement { name parties { name } } } consentHistory { id } } } } }`;
    const run = async (first: number) => {
      const before = subgraph.statements.count;
      const result = await ask(page(first));
      expect(result.errors).toBeUndefined();
      return subgraph.statements.recent.slice(before - subgraph.statements.count);
    };
    const small = await run(5);
    const large = await run(80);
    expect(large).toHaveLength(small.length);
    for (const table of ['"Consent"', 'families.consent consent', '"Person"', '"InformationSharingAgreement"', 'families.information_sharing_agreement agreement']) {
      expect(large.filter((sql) => sql.includes(table))).toHaveLength(1);
    }
  });
});

describe('consent decides what partner agencies see', () => {
  it('withdrawn consent: the partner at once gets NOT_FOUND, and the family leaves their list and its count', async () => {
    const family = await familyBothPartnersSee();
    const before = await familiesList(policePartner);
    expect(before.ids).toContain(family.id);

    const withdrawn = await recordConsent(family, { status: 'WITHDRAWN', note: 'Withdrawn at the review meeting' });
    expect(withdrawn.errors).toBeUndefined();

    const peek = await ask(`query($id: ID!) { family(id: $id) { reference } }`, { id: family.id }, policePartner);
    expect(peek.errors?.[0]).toMatchObject({ message: `No family with id ${family.id}`, extensions: { code: 'NOT_FOUND' } });
    const after = await familiesList(policePartner);
    expect(after.ids).not.toContain(family.id);
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.ids).toHaveLength(after.totalCount);
    expect(await sees(schoolPartner, family.id)).toBe(false);
  });

  it('consent naming only the school: the school sees the family, the police do not', async () => {
    const family = await familyBothPartnersSee();
    const named = await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: [school.id] });
    expect((named.data as any).recordConsent.consent.agencies).toEqual([{ name: 'Oakwood High School' }]);
    expect(await sees(policePartner, family.id)).toBe(false);
    expect(await sees(schoolPartner, family.id)).toBe(true);
    expect((await familiesList(policePartner)).ids).not.toContain(family.id);
  });

  it('an ended police engagement: the police no longer see the family, even with consent naming them', async () => {
    const family = await familyBothPartnersSee();
    await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: [police.id, school.id] });
    expect(await sees(policePartner, family.id)).toBe(true);

    const engagements = ((await ask(`query($id: ID!) { family(id: $id) { engagements { id agency { id } } } }`, { id: family.id })).data as any).family.engagements;
    const policeEngagement = engagements.find((e: any) => e.agency.id === police.id);
    const yesterday = String((await subgraph.db.query(`SELECT (current_date - 1)::text AS day`))[0].day);
    const ended = await ask(`mutation($input: EndEngagementInput!) { endEngagement(input: $input) { version } }`, {
      input: { engagementId: policeEngagement.id, endedOn: yesterday, expectedVersion: await versionOf(family.id) },
    });
    expect(ended.errors).toBeUndefined();

    expect(await sees(policePartner, family.id)).toBe(false);
    expect((await familiesList(policePartner)).ids).not.toContain(family.id);
    expect(await sees(schoolPartner, family.id)).toBe(true);
  });

  it('consent given again after a withdrawal lets the partners see the family again', async () => {
    const family = await familyBothPartnersSee();
    await recordConsent(family, { status: 'WITHDRAWN' });
    expect(await sees(policePartner, family.id)).toBe(false);
    const given = await recordConsent(family, { status: 'GIVEN' });
    expect(given.errors).toBeUndefined();
    expect(await sees(policePartner, family.id)).toBe(true);
  });
});

describe('bad consent is refused with a clear message and writes nothing', () => {
  const family = demoFamilies().find((f) => f.leadWorkerId && demoCasework(f).consent?.status === 'GIVEN' && f.members.some((m) => m.role === 'CHILD'))!;
  const written = async () => [await count('consent'), await versionOf(family.id)];
  let before: number[];

  const expectRefused = async (result: Awaited<ReturnType<typeof ask>>, code: string, message: string) => {
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code } });
    expect(result.data?.recordConsent ?? null).toBeNull();
    expect(await written()).toEqual(before);
  };

  it('a child, someone from another household, or someone who has left cannot decide', async () => {
    before = await written();
    const child = family.members.find((m) => m.role === 'CHILD')!;
    await expectRefused(await recordConsent(family, { givenByPersonId: child.id }), 'BAD_USER_INPUT', `${child.fullName} cannot give or refuse consent for ${family.reference}`);
    const stranger = demoFamilies().find((f) => f.id !== family.id)!.members[0]!;
    await expectRefused(await recordConsent(family, { givenByPersonId: stranger.id }), 'BAD_USER_INPUT', `Person ${stranger.id} is not a current member of ${family.reference}`);
    await subgraph.db.query(`UPDATE families.household_membership SET left_on = '2026-06-01', reason = 'Moved out' WHERE person_id = $1`, [parentOf(family).id]);
    try {
      await expectRefused(await recordConsent(family, {}), 'BAD_USER_INPUT', 'is not a current member');
    } finally {
      await subgraph.db.query(`UPDATE families.household_membership SET left_on = NULL, reason = NULL WHERE person_id = $1`, [parentOf(family).id]);
    }
  });

  it('a young person may decide from their sixteenth birthday, not the day before', async () => {
    const day = today();
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const sixteenToday = new Date(Date.UTC(year - 16, month - 1, date)).toISOString().slice(0, 10);
    const sixteenTomorrow = new Date(Date.UTC(year - 16, month - 1, date + 1)).toISOString().slice(0, 10);
    const add = async (fullName: string, dateOfBirth: string) => {
      const added = await ask(`mutation($f: ID!, $m: NewPersonInput!) { addFamilyMember(familyId: $f, member: $m) { id } }`, {
        f: family.id,
        m: { fullName, dateOfBirth, role: 'YOUNG_PERSON' },
      });
      expect(added.errors).toBeUndefined();
      return (added.data as any).addFamilyMember.id as string;
    };
    const almost = await add('Kai Almost-Sixteen', sixteenTomorrow);
    const sixteen = await add('Jade Sixteen', sixteenToday);
    before = await written();
    await expectRefused(await recordConsent(family, { givenByPersonId: almost, recordedOn: day }), 'BAD_USER_INPUT', 'a young person aged 16 or over');
    const accepted = await recordConsent(family, { givenByPersonId: sixteen, recordedOn: day });
    expect(accepted.errors).toBeUndefined();
    expect((accepted.data as any).recordConsent.consent.givenBy.fullName).toBe('Jade Sixteen');
  });

  it('named agencies: at least one, each known and a party to the agreement; none named for all engaged agencies', async () => {
    const outsider = await ask(`mutation { addAgency(input: { name: "Rotherham Credit Union", type: VOLUNTARY_SECTOR }) { id } }`);
    const outsiderId = (outsider.data as any).addAgency.id;
    before = await written();
    await expectRefused(await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: [] }), 'BAD_USER_INPUT', 'Name at least one agency');
    await expectRefused(
      await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: [school.id, outsiderId] }),
      'BAD_USER_INPUT',
      `Rotherham Credit Union is not a party to ${DEMO_AGREEMENT.name}`,
    );
    await expectRefused(
      await recordConsent(family, { scope: 'NAMED_AGENCIES', agencyIds: ['00000000-0000-4000-8000-000000000000'] }),
      'BAD_USER_INPUT',
      'No agency with id 00000000-0000-4000-8000-000000000000',
    );
    await expectRefused(await recordConsent(family, { scope: 'ALL_ENGAGED_AGENCIES', agencyIds: [school.id] }), 'BAD_USER_INPUT', 'agencyIds must be empty');
  });

  it('the agreement must exist and not be past its review date', async () => {
    const [expired] = await subgraph.db.query(
      `INSERT INTO families.information_sharing_agreement (name, reference, agency_ids, signed_on, review_on)
       VALUES ('Rotherham Partnership Protocol 2019', 'ISA-2019-002', $1, '2019-04-01', '2022-03-31') RETURNING id`,
      [DEMO_AGENCIES.map((a) => a.id)],
    );
    before = await written();
    await expectRefused(await recordConsent(family, { agreementId: expired.id }), 'BAD_USER_INPUT', 'was due for review on 2022-03-31');
    await expectRefused(await recordConsent(family, { agreementId: '00000000-0000-4000-8000-000000000000' }), 'BAD_USER_INPUT', 'No information sharing agreement with id');
    await expectRefused(await recordConsent(family, { recordedOn: '2025-03-01' }), 'BAD_USER_INPUT', 'was only signed on 2025-04-01');
    await expectRefused(await recordConsent(family, { recordedOn: '2999-01-01' }), 'BAD_USER_INPUT', 'recordedOn must be a date in the past');
  });

  it('consent can be withdrawn only while consent is given', async () => {
    const refusedFamily = demoFamilies().find((f) => demoCasework(f).consent?.status === 'REFUSED')!;
    const withoutConsent = demoFamilies().find((f) => !demoCasework(f).consent)!;
    before = await written();
    const counts = await count('consent');
    const refused = await recordConsent(refusedFamily, { status: 'WITHDRAWN' });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining(`${refusedFamily.reference} has no consent to withdraw: the consent in force was refused`), extensions: { code: 'BAD_USER_INPUT' } });
    const none = await recordConsent(withoutConsent, { status: 'WITHDRAWN' });
    expect(none.errors?.[0]).toMatchObject({ message: `${withoutConsent.reference} has no consent to withdraw: none has been recorded`, extensions: { code: 'BAD_USER_INPUT' } });
    expect(await count('consent')).toBe(counts);
  });

  it('a stale version is a conflict; partners and analysts may not record consent; a family you cannot see is not found', async () => {
    before = await written();
    await expectRefused(await recordConsent(family, { expectedVersion: before[1]! + 1 }), 'CONFLICT', 'Someone else changed');
    await expectRefused(await recordConsent(family, {}, policePartner), 'FORBIDDEN', 'cannot record consent');
    await expectRefused(await recordConsent(family, {}, testIdentity('ANALYST')), 'FORBIDDEN', 'cannot record consent');
    const outsideHerCaseload = family.leadWorkerId === leadWorker.sub ? demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== leadWorker.sub)! : family;
    const hidden = await recordConsent(outsideHerCaseload, {}, leadWorker);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await written()).toEqual(before);
  });
});
