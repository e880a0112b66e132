import { badInput, parseId } from '@hearth/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireMayRecordProgress } from '../access/record-progress.ts';
import type { Context } from '../context.ts';
import { OutcomeMeasure, OutcomeProgress } from '../entities/index.ts';
import { RecordProgressInput } from '../inputs/record-progress.input.ts';
import { dayInWords, todayInUk } from '@hearth/programme';

/** Locked, so a second worker recording the same measure at the same moment waits for the first and is checked against it. */
const CURRENT_DAY_FOR_UPDATE = `
  SELECT effective_on::text AS effective_on FROM outcomes.outcome_progress
  WHERE family_id = $1 AND measure_code = $2
  FOR UPDATE`;

/**
 * The family's current row is overwritten and the change appended to its
 * history in one statement, so the two can never disagree.
 */
const UPSERT_PROGRESS_AND_APPEND_HISTORY = `
  WITH progress AS (
    INSERT INTO outcomes.outcome_progress (family_id, measure_code, status, note, effective_on, updated_at, recorded_by)
    VALUES ($1, $2, $3, $4, $5, now(), $6)
    ON CONFLICT (family_id, measure_code) DO UPDATE
      SET status = EXCLUDED.status, note = EXCLUDED.note, effective_on = EXCLUDED.effective_on, updated_at = EXCLUDED.updated_at, recorded_by = EXCLUDED.recorded_by
    RETURNING id, status, note, effective_on, updated_at, recorded_by
  )
  INSERT INTO outcomes.progress_history (progress_id, status, note, effective_on, recorded_at, recorded_by)
  SELECT id, status, note, effective_on, updated_at, recorded_by FROM progress
  RETURNING progress_id`;

/** What recording progress changes of the family record: its progress against the measure (and the measure's history). */
const AUDITED_FIELDS = ['outcomeProgress.status', 'outcomeProgress.note', 'outcomeProgress.effectiveOn'];

@Resolver()
export class RecordProgressResolver {
  @Mutation(() => OutcomeProgress, { description: "Record where a family stands against one measure; the change joins the measure's history" })
  async recordProgress(@Arg('input', () => RecordProgressInput) input: RecordProgressInput, @Ctx() ctx: Context): Promise<OutcomeProgress> {
    requireMayRecordProgress(ctx.identity);
    const familyId = parseId(input.familyId, 'family');
    const measureCode = input.measureCode.trim();
    const effectiveOn = input.effectiveOn ?? todayInUk();
    // Only the families subgraph knows whether this caller may see the family (or whether it exists at all).
    // A refusal because the family is not the caller's is audited as DENIED.
    await ctx.families.assertVisible(familyId, AUDITED_FIELDS);
    const { progress, created } = await ctx.db.transaction(async (tx) => {
      if (!(await tx.getRepository(OutcomeMeasure).existsBy({ code: measureCode }))) {
        throw badInput(`No outcome measure with code ${measureCode}`, { field: 'measureCode' });
      }
      // The current row is the newest fact; one dated earlier would overwrite it with an older one (and muddle how long progress has lasted).
      const [current] = (await tx.query(CURRENT_DAY_FOR_UPDATE, [familyId, measureCode])) as { effective_on: string }[];
      if (current && effectiveOn < current.effective_on) {
        throw badInput(`The date must be on or after ${dayInWords(current.effective_on)}, when the family’s current status against this measure took effect`, {
          field: 'effectiveOn',
        });
      }
      const [{ progress_id: progressId }] = (await tx.query(UPSERT_PROGRESS_AND_APPEND_HISTORY, [
        familyId,
        measureCode,
        input.status,
        input.note?.trim() ?? null,
        effectiveOn,
        ctx.identity.sub,
      ])) as [{ progress_id: string }];
      const progress = await tx.getRepository(OutcomeProgress).findOneOrFail({ where: { id: progressId }, relations: { measure: true } });
      return { progress, created: !current };
    });
    ctx.audit?.record(created ? 'CREATE' : 'UPDATE', { familyId }, AUDITED_FIELDS);
    return progress;
  }
}
