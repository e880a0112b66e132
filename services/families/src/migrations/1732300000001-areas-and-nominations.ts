import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The council's areas (with the "most disadvantaged" flag of the cohort rules) and agency nominations. */
export class AreasAndNominations1732300000001 implements MigrationInterface {
  name = 'AreasAndNominations1732300000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE families.area (
        name text PRIMARY KEY CHECK (btrim(name) <> ''),
        most_disadvantaged boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE families.nomination (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL UNIQUE REFERENCES families.family (id),
        agency_id uuid NOT NULL REFERENCES families.agency (id),
        nominated_by uuid NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        indicator_codes text[] NOT NULL CHECK (cardinality(indicator_codes) > 0),
        nominated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE families.nomination, families.area`);
  }
}
