/**
 * The statements that create `<schema>.audit_event`, the append-only audit
 * trail of a subgraph that holds part of a family record. The same columns
 * and the same protection as families' own (created in its casework
 * migration): UPDATE, DELETE and TRUNCATE are refused by triggers, for
 * everyone, the application included. For a new migration to run in `up`;
 * a shipped migration is never changed to use it.
 */
export function auditTableStatements(schema: string): string[] {
  const s = quoteSchema(schema);
  return [
    `CREATE TABLE ${s}.audit_event (
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
    )`,
    `CREATE INDEX audit_family_idx ON ${s}.audit_event (family_id, at DESC)`,
    `CREATE INDEX audit_actor_idx ON ${s}.audit_event (actor_id, at DESC)`,
    `CREATE FUNCTION ${s}.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only';
      END $$`,
    `CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_event
      FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_audit_change()`,
    `CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON ${s}.audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_audit_change()`,
  ];
}

/** Undoes `auditTableStatements` (a migration's `down`). */
export function dropAuditTableStatements(schema: string): string[] {
  const s = quoteSchema(schema);
  return [`DROP TABLE ${s}.audit_event`, `DROP FUNCTION ${s}.refuse_audit_change()`];
}

function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return `"${schema}"`;
}
