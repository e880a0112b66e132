import { randomUUID } from 'node:crypto';
import type { Identity } from '@hearth/auth';
import { demoCasework, demoFamilies, demoIdentity, type DemoEvidence, type DemoFamily } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { HEADLINE_PROBLEMS, PHASE_2_MINIMUM_PROBLEMS, todayInUk } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncHeadlineProblems } from '../src/reference-data/headline-problems.ts';
import { observedAfterToday } from '../src/observed-day.ts';
import { seedDemoEvidence } from '../src/seed/demo.ts';
import { criteriaSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
// Daniel Hughes rather than Sarah Ahmed: only he leads a family that the police partner also sees and that has
// no evidence yet of the problems the recording test adds.
const leadWorker = demoIdentity('daniel.hughes')!;
const otherLeadWorker = demoIdentity('sarah.ahmed')!;
const manager = demoIdentity('helen.carter')!;
const partner = demoIdentity('mark.wilson')!;
const schoolPartner = demoIdentity('grace.okafor')!;
const analyst = demoIdentity('tom.lee')!;

const ledBy = (identity: Identity) => demoFamilies().filter((f) => f.leadWorkerId === identity.sub);
/** As the families subgraph decides it: the partner's agency works with the family, and the family's consent covers it. */
const partnerSees = (identity: Identity, family: DemoFamily) =>
  family.engagedAgencyIds.includes(identity.agencyId!) && demoCasework(family).consent?.status === 'GIVEN';
// The reading tests expect these families to show exactly the demo's evidence, so the writing tests leave them alone.
const shownExactly = demoFamilies().slice(0, 12);

const ask = (query: string, variables: Record<string, unknown> = {}, identity = leadWorker) =>
  postGraphQL<any>(subgraph.url, query, variables, { identity });

const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM criteria.${table}`))[0].count);

/** Statements the subgraph sends to PostgreSQL while answering one request. */
async function statementsFor(query: string, variables: Record<string, unknown> = {}) {
  const before = subgraph.statements.count;
  const result = await ask(query, variables);
  expect(result.errors).toBeUndefined();
  return { result, statements: subgraph.statements.count - before, sql: subgraph.statements.recent.slice(before - subgraph.statements.count) };
}

const FAMILY_CRITERIA = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Family {
        id
        headlineProblems { problem { code phase title } evidence { id familyId personId source observedAt indicator { code problemCode } } }
        eligibility { phase2ProblemCount eligible }
      }
    }
  }`;

const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });

const problemOfIndicator = new Map(HEADLINE_PROBLEMS.flatMap((p) => p.indicators.map((i) => [i.code, p] as const)));

/** What the demo cohort says a family's criteria are, worked out here independently of the subgraph. */
function expectedCriteria(family: DemoFamily) {
  const newestFirst = [...family.evidence].sort((a, b) => b.observedAt.localeCompare(a.observedAt) || a.id.localeCompare(b.id));
  const problems = HEADLINE_PROBLEMS.filter((p) => newestFirst.some((e) => problemOfIndicator.get(e.indicatorCode) === p));
  const phase2ProblemCount = problems.filter((p) => p.phase === 'PHASE_2').length;
  return {
    id: family.id,
    headlineProblems: problems.map((p) => ({
      problem: { code: p.code, phase: p.phase, title: p.title },
      evidence: newestFirst
        .filter((e) => problemOfIndicator.get(e.indicatorCode) === p)
        .map((e) => ({
          id: e.id,
          familyId: family.id,
          personId: e.personId,
          source: e.source,
          observedAt: e.observedAt,
          indicator: { code: e.indicatorCode, problemCode: p.code },
        })),
    })),
    eligibility: { phase2ProblemCount, eligible: phase2ProblemCount >= PHASE_2_MINIMUM_PROBLEMS },
  };
}

beforeAll(async () => {
  subgraph = await startSubgraphForTest(criteriaSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('the headline problem catalogue', () => {
  it('lists exactly the programme catalogue, in catalogue order, with each problem’s indicators', async () => {
    const result = await ask(`{ headlineProblems { code phase title indicators { code description problemCode } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.headlineProblems).toEqual(
      HEADLINE_PROBLEMS.map((p) => ({
        code: p.code,
        phase: p.phase,
        title: p.title,
        indicators: p.indicators.map((i) => ({ code: i.code, description: i.description, problemCode: p.code })),
      })),
    );
  });

  it('matches the source documents: six Phase 2 problems (seed 001) and three Phase 1 criteria (seed 004)', async () => {
    const phase2 = (await ask(`{ headlineProblems(phase: PHASE_2) { title indicators { description } } }`)).data.headlineProblems;
    // Seed 001 lists these six problems, with these indicators, in this order.
    const seed001: [string, string[]][] = [
      ['Crime and anti-social behaviour', ['proven offence in the past 12 months', 'incident of anti-social behaviour', 'community disposal or leaving prison']],
      ['School attendance and behaviour', ['Less than 90% attendance, excluded or at a Pupil Referral Unit', 'Equivalent concerns about behaviour']],
      ['Children who need help', ['Child Protection Plan', 'missing episodes or child sexual exploitation']],
      ['Out of work or severe debts', ['claiming DWP benefits', 'NEET', 'housing related debt']],
      ['Domestic abuse', ['2 or more police call outs in the previous 6 months', 'MARAC', 'sanctuary scheme', 'Adolescent to Parent Violence and Abuse']],
      ['Poor mental health and substance misuse', ['mental health', 'misuses drugs or alcohol']],
    ];
    expect(phase2.map((p: any) => p.title)).toEqual(seed001.map(([title]) => title));
    seed001.forEach(([, phrases], i) => {
      expect(phase2[i].indicators).toHaveLength(phrases.length);
      phrases.forEach((phrase, j) => expect(phase2[i].indicators[j].description).toContain(phrase));
    });
    const phase1 = (await ask(`{ headlineProblems(phase: PHASE_1) { code title } }`)).data.headlineProblems;
    // Seed 004: "the 3 criteria (attendance, anti-social behaviour and in receipt of benefits)".
    expect(phase1.map((p: any) => p.title)).toEqual([
      'Attendance (Phase 1)',
      'Youth crime and anti-social behaviour (Phase 1)',
      'In receipt of out-of-work benefits (Phase 1)',
    ]);
  });

  it('reads the catalogue once per request, however many problems ask for their indicators', async () => {
    const { statements } = await statementsFor(`{ headlineProblems { code indicators { code } } }`);
    expect(statements).toBe(1);
  });

  it('resolves headline problems and indicators by code for other subgraphs', async () => {
    const result = await ask(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on HeadlineProblem { title } ... on Indicator { description problemCode } } }`,
      { r: [{ __typename: 'HeadlineProblem', code: 'DOMESTIC_ABUSE' }, { __typename: 'Indicator', code: 'DA_MARAC_REFERRAL' }, { __typename: 'HeadlineProblem', code: 'NOPE' }] },
    );
    expect(result.data._entities).toEqual([{ title: 'Domestic abuse' }, { description: 'Referred to MARAC', problemCode: 'DOMESTIC_ABUSE' }, null]);
  });
});

describe('a family’s headline problems and eligibility', () => {
  it('shows the demo evidence of the families asked for, problems in catalogue order and evidence newest first', async () => {
    const families = shownExactly;
    const result = await ask(FAMILY_CRITERIA, asFamilies(families.map((f) => f.id)));
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(families.map(expectedCriteria));
    // The demo cohort is built to be eligible: every family has two to four Phase 2 problems.
    for (const family of result.data._entities) expect(family.eligibility.eligible).toBe(true);
  });

  it('counts one Phase 2 problem as not eligible, and a Phase 1 criterion not at all', async () => {
    // Every demo family is eligible, so the evidence is put in place here, for a family only this test knows.
    const familyId = randomUUID();
    await subgraph.db.query(
      `INSERT INTO criteria.evidence (family_id, indicator_code, source, observed_at, recorded_by)
       VALUES ($1, 'HEALTH_MENTAL_HEALTH', 'GP', now(), 'test'), ($1, 'P1_OUT_OF_WORK_BENEFITS', 'DWP', now(), 'test')`,
      [familyId],
    );
    const family = (await ask(FAMILY_CRITERIA, asFamilies([familyId]))).data._entities[0];
    expect(family.headlineProblems.map((p: any) => p.problem.code)).toEqual(['HEALTH', 'P1_BENEFITS']);
    expect(family.eligibility).toEqual({ phase2ProblemCount: 1, eligible: false });
  });

  it('shows no problems, and not eligible, for a family with no evidence', async () => {
    const result = await ask(FAMILY_CRITERIA, asFamilies([randomUUID()]));
    expect(result.data._entities[0]).toMatchObject({ headlineProblems: [], eligibility: { phase2ProblemCount: 0, eligible: false } });
  });

  it('costs one SQL statement for both fields, for 5 families as for 50', async () => {
    const ids = demoFamilies().map((f) => f.id);
    const five = await statementsFor(FAMILY_CRITERIA, asFamilies(ids.slice(0, 5)));
    const fifty = await statementsFor(FAMILY_CRITERIA, asFamilies(ids.slice(0, 50)));
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(five.statements).toBe(2);
    expect(fifty.statements).toBe(2);
    expect(fifty.sql[0]).toContain('"criteria"."evidence"');
    expect(fifty.sql[1]).toMatch(/^INSERT INTO "criteria"\.audit_event/);
    expect(fifty.result.data._entities).toHaveLength(50);
  });

  it('adds one catalogue read, not one per problem, when the problems’ indicators are asked for', async () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { headlineProblems { problem { indicators { code } } } } } }`;
    const ids = demoFamilies().map((f) => f.id);
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect((await statementsFor(query, asFamilies(ids.slice(0, 5)))).statements).toBe(3);
    expect((await statementsFor(query, asFamilies(ids.slice(0, 50)))).statements).toBe(3);
  });

  it('refuses a malformed family id in a representation with a clear message', async () => {
    const result = await ask(FAMILY_CRITERIA, asFamilies(['FAM-000001']));
    expect(result.errors?.[0]).toMatchObject({ message: '"FAM-000001" is not a valid family id', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('recording evidence', () => {
  const RECORD = `mutation($input: RecordEvidenceInput!) {
    recordEvidence(input: $input) { id familyId personId source observedAt recordedAt indicator { code description problemCode } }
  }`;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  it('records evidence, attributed to the caller, and the family’s problems and eligibility follow it', async () => {
    // Every family the caller can see already has demo evidence, so this one has none yet for the problems
    // recorded here, and is expected to show the demo's evidence with the new evidence added.
    const recordedHere = ['DOMESTIC_ABUSE', 'HEALTH', 'P1_BENEFITS'];
    const demo = ledBy(leadWorker).find(
      (f) => !shownExactly.includes(f) && partnerSees(partner, f) && !f.evidence.some((e) => recordedHere.includes(problemOfIndicator.get(e.indicatorCode)!.code)),
    )!;
    const demoPhase2Count = expectedCriteria(demo).eligibility.phase2ProblemCount;
    const familyId = demo.id;
    const personId = demo.members[0]!.id;
    const observedAt = daysAgo(10);
    const health = await ask(RECORD, {
      input: { familyId, personId, indicatorCode: 'HEALTH_MENTAL_HEALTH', source: ' Rotherham and Barnsley MIND ', observedAt },
    });
    expect(health.errors).toBeUndefined();
    expect(health.data.recordEvidence).toMatchObject({
      familyId,
      personId,
      source: 'Rotherham and Barnsley MIND',
      observedAt,
      indicator: { code: 'HEALTH_MENTAL_HEALTH', problemCode: 'HEALTH' },
    });
    const [row] = await subgraph.db.query(`SELECT recorded_by FROM criteria.evidence WHERE id = $1`, [health.data.recordEvidence.id]);
    expect(row.recorded_by).toBe(leadWorker.sub);

    expect(Date.parse(health.data.recordEvidence.recordedAt)).toBeGreaterThan(Date.now() - 60_000);

    const added: DemoEvidence[] = [
      { id: health.data.recordEvidence.id, personId, indicatorCode: 'HEALTH_MENTAL_HEALTH', source: 'Rotherham and Barnsley MIND', observedAt },
    ];
    let family = (await ask(FAMILY_CRITERIA, asFamilies([familyId]))).data._entities[0];
    expect(family).toEqual(expectedCriteria({ ...demo, evidence: [...demo.evidence, ...added] }));
    expect(family.headlineProblems.find((p: any) => p.problem.code === 'HEALTH')).toEqual({
      problem: { code: 'HEALTH', phase: 'PHASE_2', title: 'Poor mental health and substance misuse' },
      evidence: [
        {
          id: health.data.recordEvidence.id,
          familyId,
          personId,
          source: 'Rotherham and Barnsley MIND',
          observedAt,
          indicator: { code: 'HEALTH_MENTAL_HEALTH', problemCode: 'HEALTH' },
        },
      ],
    });
    expect(family.eligibility).toEqual({ phase2ProblemCount: demoPhase2Count + 1, eligible: true });

    const callOuts = { indicatorCode: 'DA_POLICE_CALL_OUTS', source: 'South Yorkshire Police', observedAt: daysAgo(40) };
    const marac = { indicatorCode: 'DA_MARAC_REFERRAL', source: 'MARAC', observedAt: daysAgo(5) };
    const benefits = { indicatorCode: 'P1_OUT_OF_WORK_BENEFITS', source: 'DWP', observedAt: daysAgo(3) };
    const olderPolice = await ask(RECORD, { input: { familyId, ...callOuts } }, partner);
    const newerMarac = await ask(RECORD, { input: { familyId, ...marac } });
    const phase1 = await ask(RECORD, { input: { familyId, ...benefits } });
    for (const r of [olderPolice, newerMarac, phase1]) expect(r.errors).toBeUndefined();
    added.push(
      { id: olderPolice.data.recordEvidence.id, personId: null, ...callOuts },
      { id: newerMarac.data.recordEvidence.id, personId: null, ...marac },
      { id: phase1.data.recordEvidence.id, personId: null, ...benefits },
    );

    family = (await ask(FAMILY_CRITERIA, asFamilies([familyId]))).data._entities[0];
    expect(family).toEqual(expectedCriteria({ ...demo, evidence: [...demo.evidence, ...added] }));
    // Domestic abuse comes before health in the catalogue, whatever order the evidence was recorded in.
    const codes = family.headlineProblems.map((p: any) => p.problem.code);
    expect(codes.filter((code: string) => recordedHere.includes(code))).toEqual(['DOMESTIC_ABUSE', 'HEALTH', 'P1_BENEFITS']);
    expect(codes).toEqual(HEADLINE_PROBLEMS.map((p) => p.code).filter((code) => codes.includes(code)));
    const domesticAbuse = family.headlineProblems.find((p: any) => p.problem.code === 'DOMESTIC_ABUSE');
    expect(domesticAbuse.evidence.map((e: any) => e.id)).toEqual([newerMarac.data.recordEvidence.id, olderPolice.data.recordEvidence.id]);
    // A Phase 1 criterion does not count towards Phase 2 eligibility.
    expect(family.eligibility).toEqual({ phase2ProblemCount: demoPhase2Count + 2, eligible: true });
  });

  it('records something seen today, whatever the hour, and a member of the family as who it concerns', async () => {
    const family = ledBy(leadWorker).find((f) => !shownExactly.includes(f))!;
    const member = family.members.at(-1)!;
    const observedAt = `${todayInUk()}T00:00:00.000Z`;
    const result = await ask(RECORD, { input: { familyId: family.id, personId: member.id, indicatorCode: 'SCHOOL_ATTENDANCE_BELOW_90', source: 'Oakwood High School', observedAt } });
    expect(result.errors).toBeUndefined();
    expect(result.data.recordEvidence).toMatchObject({ familyId: family.id, personId: member.id, observedAt });
  });

  it('takes the UK’s today as the last day something can have been seen', () => {
    // 00:30 on a summer day in the UK is 23:30 the day before in UTC.
    const earlySummerMorning = new Date('2026-06-09T23:30:00Z');
    expect(todayInUk(earlySummerMorning)).toBe('2026-06-10');
    expect(observedAfterToday(new Date('2026-06-10T00:00:00Z'), todayInUk(earlySummerMorning))).toBe(false);
    expect(observedAfterToday(new Date('2026-06-11T00:00:00Z'), todayInUk(earlySummerMorning))).toBe(true);
    expect(todayInUk(new Date('2026-12-10T23:30:00Z'))).toBe('2026-12-10');
  });

  describe('about a family the caller cannot see, or that does not exist', () => {
    const input = (familyId: string) => ({ familyId, indicatorCode: 'CRIME_ASB_INCIDENT', source: 'South Yorkshire Police', observedAt: daysAgo(2) });

    const refusedAsUnknown = async (familyId: string, identity: Identity) => {
      const before = await count('evidence');
      const result = await ask(RECORD, { input: input(familyId) }, identity);
      expect(result.status).toBe(200);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]).toMatchObject({ message: `No family with id ${familyId}`, extensions: { code: 'NOT_FOUND' } });
      expect(await count('evidence')).toBe(before);
    };

    /** The same evidence from someone who can see the family is recorded, so the refusal was about who asked. */
    const acceptedFrom = async (familyId: string, identity: Identity) => {
      const before = await count('evidence');
      const result = await ask(RECORD, { input: input(familyId) }, identity);
      expect(result.errors).toBeUndefined();
      expect(result.data.recordEvidence.familyId).toBe(familyId);
      expect(await count('evidence')).toBe(before + 1);
    };

    it('refuses a lead worker writing about a family someone else leads', async () => {
      const theirs = ledBy(otherLeadWorker).find((f) => !shownExactly.includes(f))!;
      await refusedAsUnknown(theirs.id, leadWorker);
      await acceptedFrom(theirs.id, otherLeadWorker);
    });

    it('refuses a partner whose agency does not work with the family', async () => {
      const family = ledBy(leadWorker).find((f) => !shownExactly.includes(f) && partnerSees(partner, f) && !f.engagedAgencyIds.includes(schoolPartner.agencyId!))!;
      await refusedAsUnknown(family.id, schoolPartner);
      await acceptedFrom(family.id, partner);
    });

    it('refuses a well-formed id of a family that does not exist, in the same words', async () => {
      await refusedAsUnknown(randomUUID(), leadWorker);
      await refusedAsUnknown(randomUUID(), manager);
    });
  });

  describe('bad input gets a clear error and writes nothing', () => {
    const valid = () => ({ familyId: demoFamilies()[0]!.id, indicatorCode: 'CRIME_ASB_INCIDENT', source: 'South Yorkshire Police', observedAt: daysAgo(1) });
    let before: number;
    beforeAll(async () => {
      before = await count('evidence');
    });
    afterAll(async () => {
      expect(await count('evidence')).toBe(before);
    });

    const refused = async (input: Record<string, unknown>, identity = leadWorker, status = 200) => {
      const result = await ask(RECORD, { input: { ...valid(), ...input } }, identity);
      expect(result.status).toBe(status);
      expect(result.data ?? null).toBeNull();
      expect(JSON.stringify(result)).not.toContain('stacktrace');
      return result.errors![0]!;
    };

    it('a malformed family or person id', async () => {
      expect(await refused({ familyId: 'FAM-000001' })).toMatchObject({
        message: '"FAM-000001" is not a valid family id',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await refused({ personId: 'kelly' })).toMatchObject({ message: '"kelly" is not a valid person id', extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('an indicator code the catalogue does not have', async () => {
      expect(await refused({ indicatorCode: 'BURGLARY' })).toMatchObject({
        message: 'No indicator with code BURGLARY',
        extensions: { code: 'BAD_USER_INPUT', field: 'indicatorCode' },
      });
    });

    it('an empty indicator code, against its field', async () => {
      expect(await refused({ indicatorCode: '  ' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'indicatorCode' } });
    });

    it('an empty or overlong source, against its field', async () => {
      const error = await refused({ source: '   ' });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
      expect(error.message).toContain('source must not be empty');
      expect((await refused({ source: 'x'.repeat(201) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    });

    it('an observation in the future, against its field', async () => {
      const error = await refused({ observedAt: new Date(Date.now() + 2 * 86_400_000).toISOString() });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'observedAt' });
      expect(error.message).toContain('observedAt must not be in the future');
      const tomorrow = todayInUk(new Date(Date.now() + 86_400_000));
      expect((await refused({ observedAt: `${tomorrow}T00:00:00.000Z` })).extensions).toMatchObject({ field: 'observedAt' });
    });

    it('a person who does not live in the family, against its field', async () => {
      const family = ledBy(leadWorker).find((f) => !shownExactly.includes(f))!;
      const elsewhere = ledBy(leadWorker).find((f) => f !== family)!.members[0]!;
      for (const personId of [elsewhere.id, randomUUID()]) {
        expect(await refused({ familyId: family.id, personId })).toMatchObject({
          message: `Person ${personId} is not a current member of this family`,
          extensions: { code: 'BAD_USER_INPUT', field: 'personId' },
        });
      }
    });

    it('a person in a family the caller cannot see, in the same words as no family at all', async () => {
      const theirs = ledBy(otherLeadWorker).find((f) => !shownExactly.includes(f))!;
      expect(await refused({ familyId: theirs.id, personId: theirs.members[0]!.id })).toMatchObject({
        message: `No family with id ${theirs.id}`,
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it('something that is not a date', async () => {
      // Refused while coercing variables, before anything runs: GraphQL-over-HTTP answers that with 400.
      const error = await refused({ observedAt: 'last Tuesday' }, leadWorker, 400);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('at "input.observedAt"');
      expect(error.message).toContain('invalid date-time');
    });

    it('a role that may not record evidence', async () => {
      const error = await refused({}, analyst);
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(error.message).toBe('Your role (ANALYST) cannot record evidence; this needs one of: LEAD_WORKER, COORDINATOR, MANAGER, PARTNER');
      expect((await refused({}, testIdentity('ANALYST'))).extensions?.code).toBe('FORBIDDEN');
    });
  });
});

describe('running the service', () => {
  it('refuses a direct call without the gateway signature', async () => {
    const unsigned = await postGraphQL(subgraph.url, '{ headlineProblems { code } }');
    expect(unsigned.status).toBe(401);
    expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(subgraph.url, '{ headlineProblems { code } }', {}, { identity: leadWorker, secret: 'someone-elses-secret' });
    expect(forged.status).toBe(401);
  });

  it('runs migrations and the demo seed a second time as no-ops', async () => {
    expect(await migrate(subgraph.db, 'criteria')).toEqual([]);
    const demoEvidenceIds = demoFamilies().flatMap((f) => f.evidence.map((e) => e.id));
    const seeded = Number((await subgraph.db.query(`SELECT count(*) FROM criteria.evidence WHERE id = ANY($1)`, [demoEvidenceIds]))[0].count);
    expect(seeded).toBe(demoEvidenceIds.length);
    const before = await count('evidence');
    await seedDemoEvidence(subgraph.db);
    expect(await count('evidence')).toBe(before);
  });

  it('syncs reference data a second time without writing a row, and repairs a catalogue that drifted', async () => {
    const snapshot = () =>
      subgraph.db.query(`
        SELECT xmin::text AS version, 'problem' AS kind, code, title AS text, position FROM criteria.headline_problem
        UNION ALL SELECT xmin::text, 'indicator', code, description, position FROM criteria.indicator
        ORDER BY kind, code`);
    const before = await snapshot();
    expect(before).toHaveLength(HEADLINE_PROBLEMS.length + HEADLINE_PROBLEMS.flatMap((p) => p.indicators).length);
    await syncHeadlineProblems(subgraph.db);
    expect(await snapshot()).toEqual(before);

    await subgraph.db.query(`UPDATE criteria.headline_problem SET title = 'Renamed by hand' WHERE code = 'HEALTH'`);
    await syncHeadlineProblems(subgraph.db);
    const [health] = await subgraph.db.query(`SELECT title FROM criteria.headline_problem WHERE code = 'HEALTH'`);
    expect(health.title).toBe(HEADLINE_PROBLEMS.find((p) => p.code === 'HEALTH')!.title);
  });
});
