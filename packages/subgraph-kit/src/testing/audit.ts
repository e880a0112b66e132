import type { DataSource } from 'typeorm';

export interface AuditRow {
  action: string;
  familyId: string | null;
  workerId: string | null;
  fields: string[];
  operation: string;
  actorId: string;
  actorUsername: string;
  actorRole: string;
  reason: string | null;
}

/** What one caller's requests left in `<schema>.audit_event`, oldest first. */
export async function auditRowsOf(db: DataSource, schema: string, actorId: string): Promise<AuditRow[]> {
  return db.query(
    `SELECT action, family_id AS "familyId", worker_id AS "workerId", fields, operation,
            actor_id AS "actorId", actor_username AS "actorUsername", actor_role AS "actorRole", reason
     FROM "${schema}".audit_event WHERE actor_id = $1 ORDER BY id`,
    [actorId],
  );
}

/** The columns of `<schema>.audit_event` as PostgreSQL describes them, in order. */
export async function auditColumnsOf(db: DataSource, schema: string): Promise<{ name: string; type: string; nullable: string; default: string | null }[]> {
  return db.query(
    `SELECT column_name AS name, data_type AS type, is_nullable AS nullable, replace(column_default, $1 || '.', '<schema>.') AS default
     FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'audit_event' ORDER BY ordinal_position`,
    [schema],
  );
}
