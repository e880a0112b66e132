import { badInput, conflict, notFound, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Agency, Engagement, Family } from '../entities/index.ts';
import { CASEWORK_ROLES, changeFamily, today } from '../family-changes.ts';
import { AddEngagementInput, EndEngagementInput } from '../inputs/engagement.inputs.ts';
import { ENGAGEMENT_ACTIVE, type EngagementRecord } from '../loaders/engagement.ts';

@Resolver(() => Engagement)
export class EngagementResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() engagement: Engagement, @Ctx() ctx: Context): Promise<Agency> {
    const agency = await ctx.loaders.agencyById.load(engagement.agencyId);
    if (!agency) throw notFound(`Engagement ${engagement.id} names an agency that is not in the directory`);
    return agency;
  }

  @FieldResolver(() => Boolean, { description: 'The agency works with the family today (and so, with consent, sees it)' })
  active(@Root() engagement: EngagementRecord): boolean {
    return engagement.active;
  }
}

@Resolver(() => Family)
export class FamilyEngagementResolver {
  @FieldResolver(() => [Engagement], { description: 'The agencies working with the family, and those that have, current first' })
  engagements(@Root() family: Family, @Ctx() ctx: Context): Promise<EngagementRecord[]> {
    return ctx.loaders.engagementsByFamily.load(family.id);
  }

  @Mutation(() => Family, { description: 'Record that a partner agency has started working with a family' })
  async addEngagement(@Arg('input', () => AddEngagementInput) input: AddEngagementInput, @Ctx() ctx: Context): Promise<Family> {
    return changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: input.expectedVersion, roles: CASEWORK_ROLES, action: 'record agencies working with families', fields: ['engagements'] },
      async (tx, family) => {
        const agency = await tx.getRepository(Agency).findOneBy({ id: input.agencyId });
        if (!agency) throw badInput(`No agency with id ${input.agencyId}`, { field: 'agencyId' });
        // The family row is locked by changeFamily, so no one else can add the same agency meanwhile.
        const current = await tx
          .getRepository(Engagement)
          .createQueryBuilder('engagement')
          .where('engagement.family_id = :family AND engagement.agency_id = :agency', { family: family.id, agency: agency.id })
          .andWhere(ENGAGEMENT_ACTIVE)
          .getOne();
        if (current) {
          throw conflict(`${agency.name} is already working with ${family.reference} (${current.capacity}, since ${current.startedOn}); end that engagement first`);
        }
        await tx.getRepository(Engagement).insert({
          familyId: family.id,
          agencyId: agency.id,
          capacity: input.capacity.trim(),
          startedOn: input.startedOn ?? today(),
          recordedBy: ctx.identity.sub,
        });
        return family;
      },
    );
  }

  @Mutation(() => Family, { description: 'Record that a partner agency has stopped working with a family; from the next day it no longer sees the family' })
  async endEngagement(@Arg('input', () => EndEngagementInput) input: EndEngagementInput, @Ctx() ctx: Context): Promise<Family> {
    requireRole(ctx.identity, CASEWORK_ROLES, 'record agencies working with families');
    const id = parseId(input.engagementId, 'engagement');
    const engagement = await ctx.db.getRepository(Engagement).findOneBy({ id });
    // An engagement with a family the caller cannot see is, to them, no engagement at all.
    if (!engagement || !(await ctx.loaders.familyById.load(engagement.familyId))) {
      if (engagement) ctx.audit?.record('DENIED', { familyId: engagement.familyId }, ['engagements']);
      throw notFound(`No engagement with id ${input.engagementId}`);
    }
    const endedOn = input.endedOn ?? today();
    return changeFamily(
      ctx,
      { familyId: engagement.familyId, expectedVersion: input.expectedVersion, roles: CASEWORK_ROLES, action: 'record agencies working with families', fields: ['engagements'] },
      async (tx, family) => {
        const locked = await tx.getRepository(Engagement).findOneByOrFail({ id });
        if (locked.endedOn) throw conflict(`This engagement already ended on ${locked.endedOn}`);
        if (endedOn < locked.startedOn) {
          throw badInput(`endedOn (${endedOn}) cannot be before the engagement started (${locked.startedOn})`, { field: 'endedOn' });
        }
        await tx.getRepository(Engagement).update({ id }, { endedOn });
        return family;
      },
    );
  }
}
