import { AUDIT_ENTRIES_PER_FAMILY, AuditEntry, badInput, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requiredAuditEntries, type FamilyWithEvents } from '../chronology/required-events.ts';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';

const ENTRY = '{ at action fields operation actorUsername actorRole reason source }';
const REQUIRES = `@requires(fields: "criteriaAuditEvents ${ENTRY} interventionsAuditEvents ${ENTRY} outcomesAuditEvents ${ENTRY}")`;

/**
 * The family's audit trail from every part of Hearth, assembled like its
 * chronology: criteria, interventions and outcomes each publish who read and
 * changed their part of the record on Family (managers only), the gateway
 * fetches those first (@requires) and hands them here, where they are merged
 * with what this subgraph recorded. The three fields below are theirs
 * (@external); they are declared here only so `recordAuditTrail` can ask for them.
 */
@Resolver(() => Family)
export class RecordAuditTrailResolver {
  @Directive('@external')
  @FieldResolver(() => [AuditEntry], { description: "Who read and changed the family's headline problems and evidence, newest first (managers only)" })
  criteriaAuditEvents(@Root() family: FamilyWithEvents): AuditEntry[] {
    return requiredAuditEntries(family, 'criteriaAuditEvents');
  }

  @Directive('@external')
  @FieldResolver(() => [AuditEntry], { description: "Who read and changed the family's interventions, newest first (managers only)" })
  interventionsAuditEvents(@Root() family: FamilyWithEvents): AuditEntry[] {
    return requiredAuditEntries(family, 'interventionsAuditEvents');
  }

  @Directive('@external')
  @FieldResolver(() => [AuditEntry], { description: "Who read and changed the family's progress against the Outcomes Plan, newest first (managers only)" })
  outcomesAuditEvents(@Root() family: FamilyWithEvents): AuditEntry[] {
    return requiredAuditEntries(family, 'outcomesAuditEvents');
  }

  @Directive(REQUIRES)
  @FieldResolver(() => [AuditEntry], {
    description: `Who read and changed every part of the family's record (household and casework, evidence, interventions, progress), newest first, each entry naming the part of Hearth that recorded it (managers only). At most ${AUDIT_ENTRIES_PER_FAMILY} entries, the newest; reading it is itself audited. For a worker's trail, or to page further back through this subgraph's part, use auditTrail.`,
  })
  async recordAuditTrail(
    @Root() family: FamilyWithEvents,
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { nullable: true, defaultValue: AUDIT_ENTRIES_PER_FAMILY, description: `How many of the newest entries (1 to ${AUDIT_ENTRIES_PER_FAMILY})` }) limit: number | null,
  ): Promise<AuditEntry[]> {
    // Before anything else, so other roles learn nothing from it.
    requireRole(ctx.identity, ['MANAGER'], 'read the audit trail');
    const count = limit ?? AUDIT_ENTRIES_PER_FAMILY;
    if (!Number.isInteger(count) || count < 1 || count > AUDIT_ENTRIES_PER_FAMILY) throw badInput(`limit must be between 1 and ${AUDIT_ENTRIES_PER_FAMILY}`);
    const others = [requiredAuditEntries(family, 'criteriaAuditEvents'), requiredAuditEntries(family, 'interventionsAuditEvents'), requiredAuditEntries(family, 'outcomesAuditEvents')];
    const own = await ctx.loaders.auditEntriesByFamily.load(family.id);
    // Each list is already newest first; a stable sort keeps each subgraph's own order among entries recorded at the same moment.
    return [...own, ...others.flat()].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, count);
  }
}
