import type { Identity } from '@hearth/auth';
import type { MiddlewareFn } from 'type-graphql';
import type { DataSource } from 'typeorm';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DENIED';

interface AuditEntry {
  familyId: string | null;
  workerId: string | null;
  action: AuditAction;
  fields: Set<string>;
  reason: string | null;
}

/**
 * What one request read and changed of family records. Reads of the same
 * family merge into one entry with every field read; everything is written
 * in one INSERT when the response is sent.
 */
export class AuditLog {
  private readonly entries: AuditEntry[] = [];
  private readonly reads = new Map<string, AuditEntry>();
  operation = 'anonymous';

  constructor(
    private readonly identity: Identity,
    private readonly table: string,
  ) {}

  read(familyId: string, field: string): void {
    let entry = this.reads.get(familyId);
    if (!entry) {
      entry = { familyId, workerId: null, action: 'READ', fields: new Set(), reason: null };
      this.reads.set(familyId, entry);
      this.entries.push(entry);
    }
    entry.fields.add(field);
  }

  record(action: AuditAction, target: { familyId?: string | null; workerId?: string | null }, fields: string[] = [], reason: string | null = null): void {
    this.entries.push({ familyId: target.familyId ?? null, workerId: target.workerId ?? null, action, fields: new Set(fields), reason });
  }

  get size(): number {
    return this.entries.length;
  }

  async flush(db: DataSource): Promise<void> {
    if (this.entries.length === 0) return;
    const rows = this.entries.splice(0);
    this.reads.clear();
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      values.push(this.identity.sub, this.identity.username, this.identity.role, row.familyId, row.workerId, row.action, this.operation, [...row.fields].sort(), row.reason);
      const n = values.length;
      return `($${n - 8}, $${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
    });
    await db.query(
      `INSERT INTO ${this.table} (actor_id, actor_username, actor_role, family_id, worker_id, action, operation, fields, reason) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}

/** Notes every field of an audited entity type (e.g. Family) that a request resolves. */
export function auditReadsOf(typeName: string): MiddlewareFn<{ audit?: AuditLog }> {
  return async ({ root, info, context }, next) => {
    if (info.parentType.name === typeName && context.audit && root && typeof root === 'object' && 'id' in root && typeof root.id === 'string') {
      context.audit.read(root.id, info.fieldName);
    }
    return next();
  };
}
