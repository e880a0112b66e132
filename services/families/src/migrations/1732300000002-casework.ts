import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Casework: household membership history, relationships, the lifecycle and
 * its history, lead worker allocations, consent and the information sharing
 * agreements it rests on, restricted markers, case notes, and an audit trail
 * that the database itself keeps append-only.
 */
export class Casework1732300000002 implements MigrationInterface {
  name = 'Casework1732300000002';

  async up(db: QueryRunner): Promise<void> {
    // Typo-tolerant name search; both ship with PostgreSQL's contrib (and PGlite's).
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);

    await db.query(`ALTER TABLE families.family ADD COLUMN programme_phase text NOT NULL DEFAULT 'PHASE_2'
      CHECK (programme_phase IN ('PHASE_1','PHASE_2','SUPPORTING_FAMILIES'))`);
    await db.query(`ALTER TABLE families.person ADD COLUMN sex text NOT NULL DEFAULT 'NOT_KNOWN' CHECK (sex IN ('FEMALE','MALE','OTHER','NOT_KNOWN'))`);
    await db.query(`ALTER TABLE families.person ADD COLUMN school text`);
    await db.query(`CREATE INDEX person_name_trgm_idx ON families.person USING gin (lower(full_name) gin_trgm_ops)`);
    await db.query(`CREATE INDEX person_dob_idx ON families.person (date_of_birth)`);
    await db.query(`CREATE INDEX family_postcode_idx ON families.family (replace(upper(postcode), ' ', ''))`);

    await db.query(`
      CREATE TABLE families.household_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES families.person (id),
        family_id uuid NOT NULL REFERENCES families.family (id),
        role text NOT NULL,
        joined_on date NOT NULL,
        left_on date,
        reason text,
        CHECK (left_on IS NULL OR left_on >= joined_on)
      )`);
    // A person belongs to one household at a time.
    await db.query(`CREATE UNIQUE INDEX membership_current_idx ON families.household_membership (person_id) WHERE left_on IS NULL`);
    await db.query(`CREATE INDEX membership_family_idx ON families.household_membership (family_id)`);
    await db.query(`INSERT INTO families.household_membership (person_id, family_id, role, joined_on)
      SELECT id, family_id, role, created_at::date FROM families.person`);

    await db.query(`
      CREATE TABLE families.relationship (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        person_id uuid NOT NULL REFERENCES families.person (id),
        related_person_id uuid NOT NULL REFERENCES families.person (id),
        kind text NOT NULL CHECK (kind IN ('PARENT_OF','STEP_PARENT_OF','GRANDPARENT_OF','SIBLING_OF','PARTNER_OF','CARER_OF')),
        UNIQUE (person_id, related_person_id, kind),
        CHECK (person_id <> related_person_id)
      )`);
    await db.query(`CREATE INDEX relationship_family_idx ON families.relationship (family_id)`);

    await db.query(`
      CREATE TABLE families.status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        from_status text,
        to_status text NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        changed_on date NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        changed_by uuid NOT NULL
      )`);
    await db.query(`CREATE INDEX status_change_family_idx ON families.status_change (family_id, changed_at DESC)`);

    await db.query(`
      CREATE TABLE families.allocation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        worker_id uuid NOT NULL REFERENCES families.worker (id),
        allocated_on date NOT NULL,
        ended_on date,
        reason text NOT NULL,
        allocated_by uuid NOT NULL
      )`);
    // One lead worker per family at a time.
    await db.query(`CREATE UNIQUE INDEX allocation_current_idx ON families.allocation (family_id) WHERE ended_on IS NULL`);
    await db.query(`CREATE INDEX allocation_worker_idx ON families.allocation (worker_id) WHERE ended_on IS NULL`);

    await db.query(`
      CREATE TABLE families.information_sharing_agreement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        reference text NOT NULL,
        agency_ids uuid[] NOT NULL,
        signed_on date NOT NULL,
        review_on date NOT NULL
      )`);
    await db.query(`
      CREATE TABLE families.consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        status text NOT NULL CHECK (status IN ('GIVEN','REFUSED','WITHDRAWN')),
        given_by_person_id uuid REFERENCES families.person (id),
        scope text NOT NULL CHECK (scope IN ('ALL_ENGAGED_AGENCIES','NAMED_AGENCIES')),
        agency_ids uuid[] NOT NULL DEFAULT '{}',
        agreement_id uuid NOT NULL REFERENCES families.information_sharing_agreement (id),
        recorded_on date NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL,
        note text
      )`);
    await db.query(`CREATE INDEX consent_family_idx ON families.consent (family_id, recorded_at DESC)`);

    await db.query(`
      CREATE TABLE families.restriction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        kind text NOT NULL CHECK (kind IN ('DOMESTIC_ABUSE','CSE_RISK','CHILD_PROTECTION','STAFF_SAFETY')),
        details text NOT NULL CHECK (btrim(details) <> ''),
        visible_to_roles text[] NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid
      )`);
    await db.query(`CREATE INDEX restriction_family_idx ON families.restriction (family_id) WHERE lifted_at IS NULL`);

    await db.query(`
      CREATE TABLE families.case_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL REFERENCES families.family (id),
        author_id uuid NOT NULL REFERENCES families.worker (id),
        kind text NOT NULL CHECK (kind IN ('HOME_VISIT','PHONE_CALL','TAF_MEETING','MEETING','OFFICE_NOTE')),
        contact_on date NOT NULL,
        body text NOT NULL CHECK (btrim(body) <> ''),
        written_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX case_note_family_idx ON families.case_note (family_id, contact_on DESC)`);

    await db.query(`ALTER TABLE families.engagement ADD COLUMN recorded_by uuid`);

    await db.query(`
      CREATE TABLE families.audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id text NOT NULL,
        actor_username text NOT NULL,
        actor_role text NOT NULL,
        family_id uuid,
        worker_id uuid,
        action text NOT NULL CHECK (action IN ('READ','CREATE','UPDATE','DENIED')),
        operation text NOT NULL,
        fields text[] NOT NULL DEFAULT '{}',
        reason text
      )`);
    await db.query(`CREATE INDEX audit_family_idx ON families.audit_event (family_id, at DESC)`);
    await db.query(`CREATE INDEX audit_actor_idx ON families.audit_event (actor_id, at DESC)`);
    // The audit trail is append-only for everyone, the application included.
    await db.query(`
      CREATE FUNCTION families.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only';
      END $$`);
    await db.query(`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON families.audit_event
      FOR EACH ROW EXECUTE FUNCTION families.refuse_audit_change()`);
    await db.query(`CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON families.audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION families.refuse_audit_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE families.audit_event, families.case_note, families.restriction, families.consent,
      families.information_sharing_agreement, families.allocation, families.status_change, families.relationship, families.household_membership`);
    await db.query(`DROP FUNCTION families.refuse_audit_change()`);
    await db.query(`ALTER TABLE families.engagement DROP COLUMN recorded_by`);
    await db.query(`ALTER TABLE families.person DROP COLUMN sex, DROP COLUMN school`);
    await db.query(`ALTER TABLE families.family DROP COLUMN programme_phase`);
  }
}
