import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Households, members, lead workers and the agency directory. */
export class FamiliesInitial1732300000000 implements MigrationInterface {
  name = 'FamiliesInitial1732300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE SEQUENCE families.family_reference_seq`);
    await db.query(`
      CREATE TABLE families.agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (btrim(name) <> ''),
        type text NOT NULL
      )`);
    await db.query(`
      CREATE TABLE families.worker (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        agency_id uuid NOT NULL REFERENCES families.agency (id),
        username text UNIQUE,
        role text NOT NULL,
        areas text[] NOT NULL DEFAULT '{}',
        caseload_limit int NOT NULL DEFAULT 12 CHECK (caseload_limit >= 0)
      )`);
    await db.query(`CREATE INDEX worker_agency_idx ON families.worker (agency_id)`);
    await db.query(`
      CREATE TABLE families.family (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE DEFAULT ('FAM-' || lpad(nextval('families.family_reference_seq')::text, 6, '0')),
        status text NOT NULL CHECK (status IN ('IDENTIFIED','ELIGIBLE','ALLOCATED','ENGAGED','PLAN_ACTIVE','OUTCOME_ACHIEVED','CLOSED','DECLINED','DISENGAGED','STEPPED_DOWN','STEPPED_UP')),
        area text NOT NULL,
        address_line text NOT NULL CHECK (btrim(address_line) <> ''),
        postcode text NOT NULL,
        identified_by text NOT NULL CHECK (identified_by IN ('DATA_MATCHING','AGENCY_NOMINATION')),
        nominated_by_agency_id uuid REFERENCES families.agency (id),
        cohort text,
        lead_worker_id uuid REFERENCES families.worker (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version int NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX family_lead_worker_idx ON families.family (lead_worker_id)`);
    await db.query(`CREATE INDEX family_area_idx ON families.family (area)`);
    await db.query(`
      CREATE TABLE families.person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        full_name text NOT NULL CHECK (btrim(full_name) <> ''),
        date_of_birth date NOT NULL,
        role text NOT NULL CHECK (role IN ('PARENT_CARER','CHILD','YOUNG_PERSON','OTHER_ADULT')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX person_family_idx ON families.person (family_id)`);
    await db.query(`
      CREATE TABLE families.engagement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        agency_id uuid NOT NULL REFERENCES families.agency (id),
        capacity text NOT NULL,
        started_on date NOT NULL,
        ended_on date
      )`);
    await db.query(`CREATE INDEX engagement_family_agency_idx ON families.engagement (family_id, agency_id)`);
    await db.query(`CREATE INDEX engagement_agency_idx ON families.engagement (agency_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE families.engagement, families.person, families.family, families.worker, families.agency`);
    await db.query(`DROP SEQUENCE families.family_reference_seq`);
  }
}
