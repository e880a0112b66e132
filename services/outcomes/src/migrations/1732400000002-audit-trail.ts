import { auditTableStatements, dropAuditTableStatements } from '@hearth/subgraph-kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every read and change of this subgraph's part of a family record is
 * audited, here, in outcomes.audit_event: the same columns as families', and
 * append-only for everyone, the application included.
 */
export class AuditTrail1732400000002 implements MigrationInterface {
  name = 'AuditTrail1732400000002';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of auditTableStatements('outcomes')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of dropAuditTableStatements('outcomes')) await db.query(statement);
  }
}
