import type { MigrationInterface, QueryRunner } from 'typeorm';

const PROGRESS_STATUSES = `('NOT_STARTED','IN_PROGRESS','ACHIEVED','SUSTAINED')`;

/** The Outcomes Plan, each family's progress against it, and the append-only history behind results claims. */
export class OutcomesInitial1732400000000 implements MigrationInterface {
  name = 'OutcomesInitial1732400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outcomes.outcomes_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
        is_default boolean NOT NULL DEFAULT false
      )`);
    // Families are measured against one plan; two defaults would make that ambiguous.
    await db.query(`CREATE UNIQUE INDEX outcomes_plan_one_default_idx ON outcomes.outcomes_plan (is_default) WHERE is_default`);
    await db.query(`
      CREATE TABLE outcomes.outcome_measure (
        code text PRIMARY KEY CHECK (btrim(code) <> ''),
        plan_id uuid NOT NULL REFERENCES outcomes.outcomes_plan (id),
        problem_code text NOT NULL,
        route text NOT NULL CHECK (route IN ('SIGNIFICANT_AND_SUSTAINED_PROGRESS','CONTINUOUS_EMPLOYMENT')),
        description text NOT NULL CHECK (btrim(description) <> ''),
        sustained_for_weeks int NOT NULL CHECK (sustained_for_weeks > 0),
        position int NOT NULL
      )`);
    await db.query(`CREATE INDEX outcome_measure_plan_idx ON outcomes.outcome_measure (plan_id, position)`);
    await db.query(`
      CREATE TABLE outcomes.outcome_progress (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        measure_code text NOT NULL REFERENCES outcomes.outcome_measure (code),
        status text NOT NULL CHECK (status IN ${PROGRESS_STATUSES}),
        note text CHECK (char_length(note) <= 2000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> ''),
        UNIQUE (family_id, measure_code)
      )`);
    await db.query(`
      CREATE TABLE outcomes.progress_history (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        progress_id uuid NOT NULL REFERENCES outcomes.outcome_progress (id),
        status text NOT NULL CHECK (status IN ${PROGRESS_STATUSES}),
        note text CHECK (char_length(note) <= 2000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> '')
      )`);
    await db.query(`CREATE INDEX progress_history_progress_idx ON outcomes.progress_history (progress_id, recorded_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outcomes.progress_history, outcomes.outcome_progress, outcomes.outcome_measure, outcomes.outcomes_plan`);
  }
}
