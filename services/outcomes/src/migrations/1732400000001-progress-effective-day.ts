import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day progress took effect, apart from when it was typed in: evidence
 * often arrives after the fact (a school's attendance figures for the term),
 * and how long progress has been sustained counts from the day it happened.
 * Rows from before this was asked take the UK day they were recorded.
 */
export class ProgressEffectiveDay1732400000001 implements MigrationInterface {
  name = 'ProgressEffectiveDay1732400000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outcomes.outcome_progress ADD COLUMN effective_on date`);
    await db.query(`UPDATE outcomes.outcome_progress SET effective_on = (updated_at AT TIME ZONE 'Europe/London')::date`);
    await db.query(`ALTER TABLE outcomes.outcome_progress ALTER COLUMN effective_on SET NOT NULL`);
    await db.query(`ALTER TABLE outcomes.progress_history ADD COLUMN effective_on date`);
    await db.query(`UPDATE outcomes.progress_history SET effective_on = (recorded_at AT TIME ZONE 'Europe/London')::date`);
    await db.query(`ALTER TABLE outcomes.progress_history ALTER COLUMN effective_on SET NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outcomes.progress_history DROP COLUMN effective_on`);
    await db.query(`ALTER TABLE outcomes.outcome_progress DROP COLUMN effective_on`);
  }
}
