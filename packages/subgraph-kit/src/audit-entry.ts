import DataLoader from 'dataloader';
import { Directive, Field, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';

/** The most audit events one subgraph hands over for one family: its newest. */
export const AUDIT_ENTRIES_PER_FAMILY = 200;

/**
 * One entry of a family's audit trail: who read or changed which part of its
 * record, when, and why when a reason was needed. A shareable value type that
 * every subgraph holding part of a family record (families, criteria,
 * interventions, outcomes) takes from here, so the gateway can hand one
 * subgraph's entries to another and the four definitions can never drift apart.
 */
@Directive('@shareable')
@ObjectType({ description: "One entry of a family's audit trail: who read or changed which part of its record, and when" })
export class AuditEntry {
  @Field(() => Date, { description: 'When it was recorded' })
  at: Date;

  @Field(() => String, { description: 'READ, CREATE, UPDATE or DENIED (refused)' })
  action: string;

  @Field(() => [String], { description: 'The fields read or changed' })
  fields: string[];

  @Field(() => String, { description: 'The GraphQL operation (or mutation) that caused it' })
  operation: string;

  @Field(() => String, { description: 'Who did it' })
  actorUsername: string;

  @Field(() => String, { description: 'Their role at the time' })
  actorRole: string;

  @Field(() => String, { nullable: true, description: 'The reason they gave, when one was needed' })
  reason: string | null;

  @Field(() => String, { description: 'The part of Hearth that recorded it: families, criteria, interventions or outcomes' })
  source: string;
}

interface AuditRow {
  family_id: string;
  at: Date;
  action: string;
  fields: string[];
  operation: string;
  actor_username: string;
  actor_role: string;
  reason: string | null;
}

/**
 * Each family's newest audit events from `<schema>.audit_event`, newest first
 * (at most `perFamily` each), for every family asked for in the request: one
 * statement however many families. `source` names the subgraph.
 */
export function auditEntriesByFamily(db: DataSource, schema: string, source: string, perFamily = AUDIT_ENTRIES_PER_FAMILY): DataLoader<string, AuditEntry[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  return new DataLoader<string, AuditEntry[]>(async (familyIds) => {
    const rows = (await db.query(
      `SELECT family_id, at, action, fields, operation, actor_username, actor_role, reason FROM (
         SELECT e.*, row_number() OVER (PARTITION BY e.family_id ORDER BY e.id DESC) AS newest
         FROM "${schema}".audit_event e
         WHERE e.family_id = ANY($1::uuid[])
       ) ranked
       WHERE newest <= $2
       ORDER BY id DESC`,
      [familyIds, perFamily],
    )) as AuditRow[];
    const byFamily = new Map<string, AuditEntry[]>(familyIds.map((id) => [id, []]));
    for (const row of rows) {
      byFamily.get(row.family_id)?.push(
        Object.assign(new AuditEntry(), {
          at: row.at,
          action: row.action,
          fields: row.fields,
          operation: row.operation,
          actorUsername: row.actor_username,
          actorRole: row.actor_role,
          reason: row.reason,
          source,
        }),
      );
    }
    return familyIds.map((id) => byFamily.get(id)!);
  });
}
