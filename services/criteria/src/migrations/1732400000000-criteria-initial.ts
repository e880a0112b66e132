import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The headline problem catalogue and the evidence recorded against it. */
export class CriteriaInitial1732400000000 implements MigrationInterface {
  name = 'CriteriaInitial1732400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE criteria.headline_problem (
        code text PRIMARY KEY CHECK (btrim(code) <> ''),
        phase text NOT NULL CHECK (phase IN ('PHASE_1','PHASE_2')),
        title text NOT NULL CHECK (btrim(title) <> ''),
        position int NOT NULL
      )`);
    await db.query(`
      CREATE TABLE criteria.indicator (
        code text PRIMARY KEY CHECK (btrim(code) <> ''),
        problem_code text NOT NULL REFERENCES criteria.headline_problem (code),
        description text NOT NULL CHECK (btrim(description) <> ''),
        position int NOT NULL
      )`);
    await db.query(`CREATE INDEX indicator_problem_idx ON criteria.indicator (problem_code)`);
    // family_id and person_id point into the families subgraph's schema, so no foreign key can hold them.
    await db.query(`
      CREATE TABLE criteria.evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        person_id uuid,
        indicator_code text NOT NULL REFERENCES criteria.indicator (code),
        source text NOT NULL CHECK (btrim(source) <> ''),
        observed_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL
      )`);
    await db.query(`CREATE INDEX evidence_family_idx ON criteria.evidence (family_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE criteria.evidence, criteria.indicator, criteria.headline_problem`);
  }
}
