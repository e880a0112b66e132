import { DEFAULT_OUTCOME_MEASURES, DEFAULT_OUTCOMES_PLAN_NAME } from '@hearth/programme';
import type { DataSource } from 'typeorm';
import { OutcomeMeasure, OutcomesPlan } from '../entities/index.ts';

/**
 * Puts the programme's default Outcomes Plan in place on every start. The plan
 * becomes the default only if none is yet, so a council that has chosen its own
 * plan keeps it; the default plan's measures follow the programme catalogue,
 * and rows that already match are left untouched.
 */
export async function upsertDefaultOutcomesPlan(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO outcomes.outcomes_plan (name, is_default)
       VALUES ($1, NOT EXISTS (SELECT 1 FROM outcomes.outcomes_plan WHERE is_default))
       ON CONFLICT (name) DO NOTHING`,
      [DEFAULT_OUTCOMES_PLAN_NAME],
    );
    const plan = await tx.getRepository(OutcomesPlan).findOneByOrFail({ name: DEFAULT_OUTCOMES_PLAN_NAME });
    await tx
      .createQueryBuilder()
      .insert()
      .into(OutcomeMeasure)
      .values(
        DEFAULT_OUTCOME_MEASURES.map((measure, position) => ({
          code: measure.code,
          planId: plan.id,
          problemCode: measure.problemCode,
          route: measure.route,
          description: measure.description,
          sustainedForWeeks: measure.sustainedForWeeks,
          position,
        })),
      )
      .orUpdate(['plan_id', 'problem_code', 'route', 'description', 'sustained_for_weeks', 'position'], ['code'], {
        skipUpdateIfNoValuesChanged: true,
      })
      .execute();
  });
}
