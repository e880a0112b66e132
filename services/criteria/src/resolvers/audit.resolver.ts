import { AUDIT_ENTRIES_PER_FAMILY, AuditEntry, requireRole } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family } from '../types/family.type.ts';

/** This subgraph's part of a family's audit trail; the families subgraph merges it with the rest (@requires). */
@Resolver(() => Family)
export class FamilyCriteriaAuditResolver {
  @FieldResolver(() => [AuditEntry], {
    description: `Who read and changed the family's headline problems and evidence, newest first (at most ${AUDIT_ENTRIES_PER_FAMILY}; managers only). Reading it is itself audited.`,
  })
  async criteriaAuditEvents(@Root() family: Family, @Ctx() ctx: Context): Promise<AuditEntry[]> {
    requireRole(ctx.identity, ['MANAGER'], 'read the audit trail');
    return ctx.loaders.auditEntriesByFamily.load(family.id);
  }
}
