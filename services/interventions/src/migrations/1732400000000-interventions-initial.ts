import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue of intervention models and the interventions delivered to families. */
export class InterventionsInitial1732400000000 implements MigrationInterface {
  name = 'InterventionsInitial1732400000000';

  async up(db: QueryRunner): Promise<void> {
    // The number is checked at the end of each statement (DEFERRABLE), so the
    // reference-data upsert can renumber models in one statement without
    // tripping over a number that is only briefly held twice.
    await db.query(`
      CREATE TABLE interventions.intervention_model (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
        number int NOT NULL CHECK (number > 0),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text NOT NULL CHECK (btrim(description) <> ''),
        CONSTRAINT intervention_model_number_key UNIQUE (number) DEFERRABLE INITIALLY IMMEDIATE
      )`);
    // family_id and lead_agency_id point into the families subgraph's schema,
    // which this service may not read, so they carry no foreign key.
    await db.query(`
      CREATE TABLE interventions.intervention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        model_code text NOT NULL REFERENCES interventions.intervention_model (code),
        status text NOT NULL CHECK (status IN ('PLANNED','ACTIVE','COMPLETED','WITHDRAWN')),
        started_on date NOT NULL,
        ended_on date,
        lead_agency_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL CHECK (btrim(recorded_by) <> ''),
        CONSTRAINT intervention_ends_after_start CHECK (ended_on IS NULL OR ended_on >= started_on),
        CONSTRAINT intervention_end_date_only_when_ended CHECK (ended_on IS NULL OR status IN ('COMPLETED','WITHDRAWN'))
      )`);
    // Serves Family.interventions: all of a page's families, newest start first.
    await db.query(`CREATE INDEX intervention_family_idx ON interventions.intervention (family_id, started_on DESC)`);
    await db.query(`CREATE INDEX intervention_model_code_idx ON interventions.intervention (model_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE interventions.intervention, interventions.intervention_model`);
  }
}
