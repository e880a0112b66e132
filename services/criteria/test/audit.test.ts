import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { migrate } from '@hearth/subgraph-kit';
import { auditColumnsOf, auditRowsOf, postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import type { Identity } from '@hearth/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { criteriaSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
/** Acts only in the scripted session, so her rows are exactly what it did. */
const sarah = demoIdentity('sarah.ahmed')!;

const ask = (query: string, variables: Record<string, unknown>, identity: Identity) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Family', id })) });
const RECORD = `mutation RecordEvidence($input: RecordEvidenceInput!) { recordEvidence(input: $input) { id familyId } }`;
const evidenceFor = (familyId: string) => ({
  familyId,
  indicatorCode: 'HEALTH_MENTAL_HEALTH',
  source: 'Rotherham and Barnsley MIND',
  observedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
});

beforeAll(async () => {
  subgraph = await startSubgraphForTest(criteriaSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe("criteria's audit trail", () => {
  it('holds exactly the reads and writes of a scripted session, in order, naming who', async () => {
    const [first, second] = demoFamilies().filter((f) => f.leadWorkerId === sarah.sub);
    const notHers = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== sarah.sub)!;

    // (a) two families' problems and eligibility: one READ per family, naming the fields read
    const read = await ask(
      `query CaseloadProblems($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { headlineProblems { problem { code } } eligibility { eligible } } } }`,
      asFamilies([first!.id, second!.id]),
      sarah,
    );
    expect(read.errors).toBeUndefined();

    // (b) evidence recorded: a CREATE of the family's evidence
    const recorded = await ask(RECORD, { input: evidenceFor(first!.id) }, sarah);
    expect(recorded.errors).toBeUndefined();

    // (c) evidence for a family she cannot see: refused, and DENIED
    const refused = await ask(RECORD, { input: evidenceFor(notHers.id) }, sarah);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // (d) a refusal that is not about the family (no such indicator) changes nothing and is not a DENIED
    const badIndicator = await ask(RECORD, { input: { ...evidenceFor(first!.id), indicatorCode: 'NO_SUCH_INDICATOR' } }, sarah);
    expect(badIndicator.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // (e) the chronology's part: a READ of evidenceEvents
    const events = await ask(
      `query FamilyChronology($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id evidenceEvents { at } } } }`,
      asFamilies([first!.id]),
      sarah,
    );
    expect(events.errors).toBeUndefined();

    const who = { workerId: null, reason: null, actorId: sarah.sub, actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER' };
    expect(await auditRowsOf(subgraph.db, 'criteria', sarah.sub)).toEqual([
      { action: 'READ', familyId: first!.id, fields: ['eligibility', 'headlineProblems'], operation: 'CaseloadProblems', ...who },
      { action: 'READ', familyId: second!.id, fields: ['eligibility', 'headlineProblems'], operation: 'CaseloadProblems', ...who },
      { action: 'CREATE', familyId: first!.id, fields: ['evidence'], operation: 'RecordEvidence', ...who },
      { action: 'DENIED', familyId: notHers.id, fields: ['evidence'], operation: 'RecordEvidence', ...who },
      { action: 'READ', familyId: first!.id, fields: ['evidenceEvents', 'id'], operation: 'FamilyChronology', ...who },
    ]);
  });

  it('records evidence refused for a person of a family the caller cannot see as DENIED', async () => {
    const stranger = testIdentity('LEAD_WORKER');
    const family = demoFamilies()[0]!;
    const refused = await ask(RECORD, { input: { ...evidenceFor(family.id), personId: family.members[0]!.id } }, stranger);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await auditRowsOf(subgraph.db, 'criteria', stranger.sub)).toMatchObject([{ action: 'DENIED', familyId: family.id, fields: ['evidence'], operation: 'RecordEvidence' }]);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [{ count }] = await subgraph.db.query('SELECT count(*)::int AS count FROM criteria.audit_event');
    expect(count).toBeGreaterThan(0);
    await expect(subgraph.db.query(`UPDATE criteria.audit_event SET reason = 'tidied'`)).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('DELETE FROM criteria.audit_event')).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('TRUNCATE criteria.audit_event')).rejects.toThrow(/append-only/);
    const [{ count: after }] = await subgraph.db.query('SELECT count(*)::int AS count FROM criteria.audit_event');
    expect(after).toBe(count);
  });

  it("has families' audit columns, and migrating again changes nothing", async () => {
    expect(await auditColumnsOf(subgraph.db, 'criteria')).toEqual(await auditColumnsOf(subgraph.db, 'families'));
    expect(await migrate(subgraph.db, 'criteria')).toEqual([]);
    expect(await auditColumnsOf(subgraph.db, 'criteria')).toHaveLength(11);
  });
});
