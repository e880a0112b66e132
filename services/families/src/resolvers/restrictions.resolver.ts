import { badInput, conflict, forbidden, notFound, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { mayReadRestrictionDetails } from '../access/field-masking.ts';
import type { Context } from '../context.ts';
import { Family, Restriction } from '../entities/index.ts';
import { RestrictionKindEnum, type RestrictionKind } from '../entities/enums.ts';
import { CASEWORK_ROLES, changeFamily, visibleFamily } from '../family-changes.ts';
import { AddRestrictionInput } from '../inputs/restrictions.inputs.ts';

/** A reason short enough to be a shrug ("checking") says nothing to whoever reviews the audit trail. */
const MIN_REASON_LENGTH = 10;

@ObjectType({
  description:
    'A restricted marker on a family. Everyone who can see the family sees that it exists; its details come only through restrictedDetails, which asks for a reason and records it.',
})
export class RestrictionMarker {
  @Field(() => ID)
  id: string;

  @Field(() => RestrictionKindEnum)
  kind: RestrictionKind;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Always null on Family.restrictions; restrictedDetails fills it in for the roles the marker names',
  })
  details: string | null;

  @Field(() => Boolean, { description: 'Whether details are left out here (they always are on Family.restrictions)' })
  detailsWithheld: boolean;

  @Field(() => Boolean, { description: 'Whether your role is named on the marker, so restrictedDetails will show you its details' })
  detailsVisibleToYourRole: boolean;
}

function markerFor(ctx: Context, restriction: Restriction, details: string | null): RestrictionMarker {
  return {
    id: restriction.id,
    kind: restriction.kind,
    createdAt: restriction.createdAt,
    details,
    detailsWithheld: details === null,
    detailsVisibleToYourRole: mayReadRestrictionDetails(ctx.identity, restriction),
  };
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < MIN_REASON_LENGTH) {
    throw badInput(`reason must say why (at least ${MIN_REASON_LENGTH} characters); it is kept in the audit trail`, { field: 'reason' });
  }
  return trimmed;
}

@Resolver(() => Family)
export class RestrictionsResolver {
  @FieldResolver(() => [RestrictionMarker], { description: 'The restricted markers in force, oldest first, without their details' })
  async restrictions(@Root() family: Family, @Ctx() ctx: Context): Promise<RestrictionMarker[]> {
    const markers = await ctx.loaders.activeRestrictionsByFamily.load(family.id);
    return markers.map((marker) => markerFor(ctx, marker, null));
  }

  @Query(() => [RestrictionMarker], {
    description:
      'Break glass: the details of a family’s restricted markers, for the roles they name. Needs a reason (at least 10 characters), which is recorded in the audit trail with your name; a role no marker names is refused (FORBIDDEN) and the attempt recorded too.',
  })
  async restrictedDetails(
    @Arg('familyId', () => ID) familyId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<RestrictionMarker[]> {
    const why = requireReason(reason);
    const family = await visibleFamily(ctx, familyId);
    const markers = await ctx.loaders.activeRestrictionsByFamily.load(family.id);
    const readable = new Set(markers.filter((marker) => mayReadRestrictionDetails(ctx.identity, marker)));
    if (markers.length > 0 && readable.size === 0) {
      ctx.audit?.record('DENIED', { familyId: family.id }, ['restrictions.details'], why);
      throw forbidden(`The restricted markers on ${family.reference} do not name your role (${ctx.identity.role}), so their details cannot be shown to you`);
    }
    if (readable.size > 0) ctx.audit?.record('READ', { familyId: family.id }, ['restrictions.details'], why);
    return markers.map((marker) => markerFor(ctx, marker, readable.has(marker) ? marker.details : null));
  }

  @Mutation(() => Family, {
    description:
      'Put a restricted marker on a family (its lead worker, co-ordinators and managers). A DOMESTIC_ABUSE marker withholds the address and postcode from every role it does not name.',
  })
  async addRestriction(@Arg('input', () => AddRestrictionInput) input: AddRestrictionInput, @Ctx() ctx: Context): Promise<Family> {
    return changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: input.expectedVersion, roles: CASEWORK_ROLES, action: 'add restricted markers', fields: ['restrictions'] },
      async (tx, family) => {
        if (await tx.getRepository(Restriction).existsBy({ familyId: family.id, kind: input.kind, liftedAt: IsNull() })) {
          throw conflict(`${family.reference} already has a ${input.kind} marker in force; lift it before adding another`);
        }
        await tx.getRepository(Restriction).insert({
          familyId: family.id,
          kind: input.kind,
          details: input.details.trim(),
          visibleToRoles: input.visibleToRoles,
          createdBy: ctx.identity.sub,
        });
        ctx.loaders.activeRestrictionsByFamily.clear(family.id);
        return tx.getRepository(Family).findOneByOrFail({ id: family.id });
      },
    );
  }

  @Mutation(() => Family, { description: 'Lift a restricted marker (managers only), saying why; the marker and the reason are kept' })
  async liftRestriction(
    @Arg('restrictionId', () => ID) restrictionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Family> {
    requireRole(ctx.identity, ['MANAGER'], 'lift restricted markers');
    const why = requireReason(reason);
    const restriction = await ctx.db.getRepository(Restriction).findOneBy({ id: parseId(restrictionId, 'restriction') });
    // A marker on a family the caller cannot see is as unknown to them as one that does not exist.
    if (!restriction || !(await ctx.loaders.familyById.load(restriction.familyId))) {
      if (restriction) ctx.audit?.record('DENIED', { familyId: restriction.familyId }, ['restrictions']);
      throw notFound(`No restricted marker with id ${restrictionId}`);
    }
    return changeFamily(
      ctx,
      { familyId: restriction.familyId, roles: ['MANAGER'], action: 'lift restricted markers', fields: ['restrictions'] },
      async (tx, family) => {
        const [, lifted] = (await tx.query(
          `UPDATE families.restriction SET lifted_at = now(), lifted_by = $1, lifted_reason = $2 WHERE id = $3 AND lifted_at IS NULL`,
          [ctx.identity.sub, why, restriction.id],
        )) as [unknown, number];
        if (lifted === 0) throw conflict(`That ${restriction.kind} marker on ${family.reference} has already been lifted`);
        ctx.loaders.activeRestrictionsByFamily.clear(family.id);
        return tx.getRepository(Family).findOneByOrFail({ id: family.id });
      },
    );
  }
}
