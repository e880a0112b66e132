import type { Identity } from '@hearth/auth';
import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { DEFAULT_OUTCOME_MEASURES } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { auditColumnsOf, auditRowsOf, postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
/** Acts only in the scripted session, so her rows are exactly what it did. */
const sarah = demoIdentity('sarah.ahmed')!;

const ask = (query: string, variables: Record<string, unknown>, identity: Identity = sarah) => postGraphQL<any>(subgraph.url, query, variables, { identity });
const asFamilies = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Family', id })) });
const RECORD = `mutation RecordProgress($input: RecordProgressInput!) { recordProgress(input: $input) { id status } }`;
const PROGRESS_FIELDS = ['outcomeProgress.effectiveOn', 'outcomeProgress.note', 'outcomeProgress.status'];

beforeAll(async () => {
  subgraph = await startSubgraphForTest(outcomesSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe("outcomes' audit trail", () => {
  it('holds exactly the reads and writes of a scripted session, in order, naming who', async () => {
    const family = demoFamilies().find((f) => f.leadWorkerId === sarah.sub)!;
    const untouched = DEFAULT_OUTCOME_MEASURES.find((m) => !family.progress.some((p) => p.measureCode === m.code))!;
    const notHers = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== sarah.sub)!;

    // (a) the family's progress and each measure's history: one READ
    const read = await ask(`query FamilyProgress($r: [_Any!]!) { _entities(representations: $r) { ... on Family { id outcomeProgress { status history { status } } } } }`, asFamilies([family.id]));
    expect(read.errors).toBeUndefined();

    // (b) progress on a measure with none yet (CREATE), (c) then on the same measure again (UPDATE)
    const first = await ask(RECORD, { input: { familyId: family.id, measureCode: untouched.code, status: 'IN_PROGRESS' } });
    expect(first.errors).toBeUndefined();
    const second = await ask(RECORD, { input: { familyId: family.id, measureCode: untouched.code, status: 'ACHIEVED', note: 'Confirmed by the school' } });
    expect(second.errors).toBeUndefined();

    // (d) progress for a family she cannot see: refused, and DENIED
    const refused = await ask(RECORD, { input: { familyId: notHers.id, measureCode: untouched.code, status: 'ACHIEVED' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // (e) a refusal that is not about the family (no such measure) changes nothing and is not audited as a change
    const unknown = await ask(RECORD, { input: { familyId: family.id, measureCode: 'OP_NOT_IN_THE_PLAN', status: 'ACHIEVED' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // (f) the chronology's part: a READ of progressEvents
    const events = await ask(`query FamilyChronology($r: [_Any!]!) { _entities(representations: $r) { ... on Family { progressEvents { at } } } }`, asFamilies([family.id]));
    expect(events.errors).toBeUndefined();

    const who = { workerId: null, reason: null, actorId: sarah.sub, actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER' };
    expect(await auditRowsOf(subgraph.db, 'outcomes', sarah.sub)).toEqual([
      { action: 'READ', familyId: family.id, fields: ['id', 'outcomeProgress'], operation: 'FamilyProgress', ...who },
      { action: 'CREATE', familyId: family.id, fields: PROGRESS_FIELDS, operation: 'RecordProgress', ...who },
      { action: 'UPDATE', familyId: family.id, fields: PROGRESS_FIELDS, operation: 'RecordProgress', ...who },
      { action: 'DENIED', familyId: notHers.id, fields: PROGRESS_FIELDS, operation: 'RecordProgress', ...who },
      { action: 'READ', familyId: family.id, fields: ['progressEvents'], operation: 'FamilyChronology', ...who },
    ]);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const [{ count }] = await subgraph.db.query('SELECT count(*)::int AS count FROM outcomes.audit_event');
    expect(count).toBeGreaterThan(0);
    await expect(subgraph.db.query(`UPDATE outcomes.audit_event SET reason = 'tidied'`)).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('DELETE FROM outcomes.audit_event')).rejects.toThrow(/append-only/);
    await expect(subgraph.db.query('TRUNCATE outcomes.audit_event')).rejects.toThrow(/append-only/);
    const [{ count: after }] = await subgraph.db.query('SELECT count(*)::int AS count FROM outcomes.audit_event');
    expect(after).toBe(count);
  });

  it("has families' audit columns, and migrating again changes nothing", async () => {
    expect(await auditColumnsOf(subgraph.db, 'outcomes')).toEqual(await auditColumnsOf(subgraph.db, 'families'));
    expect(await migrate(subgraph.db, 'outcomes')).toEqual([]);
    expect(await auditColumnsOf(subgraph.db, 'outcomes')).toHaveLength(11);
  });
});
