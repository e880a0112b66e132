import { Connection, encodeCursor, requireRole, toConnection } from '@hearth/subgraph-kit';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { scopeToCaller } from '../access/family-scope.ts';
import type { Context } from '../context.ts';
import { AuditEvent, Family } from '../entities/index.ts';
import { visibleFamily } from '../family-changes.ts';
import { auditTrailFilter } from '../inputs/audit.inputs.ts';

export const AuditEventConnection = Connection(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class AuditTrailResolver {
  @Query(() => AuditEventConnection, {
    description: 'Who read and changed a family’s record, or what one worker read and changed, newest first (managers only). Reading it is itself audited.',
  })
  async auditTrail(
    @Arg('familyId', () => ID, { nullable: true }) familyId: string | null,
    @Arg('workerId', () => ID, { nullable: true, description: 'The worker who acted' }) workerId: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    // Before anything else, so other roles learn nothing about which families or workers have a trail.
    requireRole(ctx.identity, ['MANAGER'], 'read the audit trail');
    const filter = auditTrailFilter({ familyId, workerId, first, after });

    const matching = ctx.db.getRepository(AuditEvent).createQueryBuilder('event');
    if (filter.familyId) {
      const family = await visibleFamily(ctx, filter.familyId);
      matching.andWhere('event.family_id = :familyId', { familyId: family.id });
    } else {
      // A manager sees what a worker did to families in the manager's own areas, and anything not about a family of another area.
      const theirs = scopeToCaller(ctx.db.getRepository(Family).createQueryBuilder('family').select('family.id'), ctx.identity);
      matching.andWhere(
        `(event.family_id IS NULL
          OR event.family_id IN (${theirs.getQuery()})
          OR NOT EXISTS (SELECT 1 FROM families.family other WHERE other.id = event.family_id))`,
        theirs.getParameters(),
      );
    }
    if (filter.actorId) matching.andWhere('event.actor_id = :actorId', { actorId: filter.actorId });

    const page = matching.clone().orderBy('event.id', 'DESC').take(filter.first + 1);
    if (filter.before) page.andWhere('event.id < :before', { before: filter.before });
    const [rows, totalCount] = await Promise.all([page.getMany(), matching.getCount()]);

    ctx.audit?.record('READ', { familyId: filter.familyId, workerId: filter.actorId }, ['auditTrail']);
    return toConnection(rows, filter.first, totalCount, (event) => encodeCursor(event.id));
  }
}
