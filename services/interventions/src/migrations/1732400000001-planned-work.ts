import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planned work can begin on a day other than the one planned, and can be
 * called off before it ever begins. So an intervention keeps:
 * - `planned_start_on`, the day it was planned to start (null for work
 *   recorded as already under way); while PLANNED it is `started_on`, and it
 *   is kept once the work begins on another day or is called off;
 * - `began_at`, when the work was recorded as having begun (null while it is
 *   PLANNED, and for planned work WITHDRAWN before it began).
 * Only work that never began may end before its (planned) start: COMPLETED
 * work, and work that had begun, still cannot end before it started.
 * Rows from before this count as begun when they were recorded, unless
 * still PLANNED: that is how Hearth has always shown them.
 */
export class PlannedWork1732400000001 implements MigrationInterface {
  name = 'PlannedWork1732400000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE interventions.intervention ADD COLUMN planned_start_on date, ADD COLUMN began_at timestamptz`);
    await db.query(`UPDATE interventions.intervention SET planned_start_on = started_on WHERE status = 'PLANNED'`);
    await db.query(`UPDATE interventions.intervention SET began_at = created_at WHERE status <> 'PLANNED'`);
    await db.query(`
      ALTER TABLE interventions.intervention
        DROP CONSTRAINT intervention_ends_after_start,
        ADD CONSTRAINT intervention_ends_after_start
          CHECK (ended_on IS NULL OR ended_on >= started_on OR (status = 'WITHDRAWN' AND began_at IS NULL)),
        ADD CONSTRAINT intervention_begun_unless_planned
          CHECK (CASE status WHEN 'PLANNED' THEN began_at IS NULL WHEN 'WITHDRAWN' THEN true ELSE began_at IS NOT NULL END),
        ADD CONSTRAINT intervention_unbegun_work_was_planned CHECK (began_at IS NOT NULL OR planned_start_on IS NOT NULL),
        ADD CONSTRAINT intervention_planned_start_while_planned CHECK (status <> 'PLANNED' OR planned_start_on = started_on)`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The earlier table cannot hold an end before the start: work called off before its planned start
    // is then taken to have been due on the day it was called off.
    await db.query(`UPDATE interventions.intervention SET started_on = ended_on WHERE began_at IS NULL AND ended_on < started_on`);
    await db.query(`
      ALTER TABLE interventions.intervention
        DROP CONSTRAINT intervention_planned_start_while_planned,
        DROP CONSTRAINT intervention_unbegun_work_was_planned,
        DROP CONSTRAINT intervention_begun_unless_planned,
        DROP CONSTRAINT intervention_ends_after_start,
        ADD CONSTRAINT intervention_ends_after_start CHECK (ended_on IS NULL OR ended_on >= started_on),
        DROP COLUMN began_at,
        DROP COLUMN planned_start_on`);
  }
}
