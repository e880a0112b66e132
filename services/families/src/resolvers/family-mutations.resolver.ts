import { badInput, forbidden, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { allocate } from '../allocation.ts';
import type { Context } from '../context.ts';
import { Agency, Area, Family, Person, StatusChange } from '../entities/index.ts';
import { ALLOCATING_ROLES, changeFamily, today } from '../family-changes.ts';
import { addPeople } from '../household.ts';
import { CreateFamilyInput, NewPersonInput } from '../inputs/family.inputs.ts';

@Resolver()
export class FamilyMutationsResolver {
  @Mutation(() => Family, { description: 'Bring a household into the programme (status IDENTIFIED)' })
  async createFamily(@Arg('input', () => CreateFamilyInput) input: CreateFamilyInput, @Ctx() ctx: Context): Promise<Family> {
    requireRole(ctx.identity, ALLOCATING_ROLES, 'create families');
    if (!ctx.identity.areas.includes(input.area.trim())) {
      throw forbidden(`You cannot create families in ${input.area}; your areas are ${ctx.identity.areas.join(', ') || 'none'}`);
    }
    if (input.identifiedBy === 'AGENCY_NOMINATION' && !input.nominatedByAgencyId) {
      throw badInput('nominatedByAgencyId is required when the family was nominated by an agency', { field: 'nominatedByAgencyId' });
    }
    const family = await ctx.db.transaction(async (tx) => {
      if (!(await tx.getRepository(Area).existsBy({ name: input.area.trim() }))) {
        throw badInput(`${input.area} is not one of the council's areas`, { field: 'area' });
      }
      if (input.nominatedByAgencyId && !(await tx.getRepository(Agency).existsBy({ id: input.nominatedByAgencyId }))) {
        throw badInput(`No agency with id ${input.nominatedByAgencyId}`, { field: 'nominatedByAgencyId' });
      }
      const created = await tx.getRepository(Family).save(
        tx.getRepository(Family).create({
          status: 'IDENTIFIED',
          area: input.area.trim(),
          addressLine: input.addressLine.trim(),
          postcode: input.postcode.trim().toUpperCase(),
          identifiedBy: input.identifiedBy,
          nominatedByAgencyId: input.nominatedByAgencyId ?? null,
          cohort: input.cohort?.trim() ?? null,
        }),
      );
      await addPeople(tx, created.id, input.members, 'Household identified');
      await tx.getRepository(StatusChange).insert({
        familyId: created.id,
        fromStatus: null,
        toStatus: 'IDENTIFIED',
        reason: input.identifiedBy === 'DATA_MATCHING' ? 'Identified by data matching' : 'Nominated by a partner agency',
        changedOn: today(),
        changedBy: ctx.identity.sub,
      });
      return tx.getRepository(Family).findOneByOrFail({ id: created.id });
    });
    ctx.audit?.record('CREATE', { familyId: family.id }, ['household', 'members', 'status']);
    return family;
  }

  @Mutation(() => Person, { description: 'Add a person to a family you work with' })
  async addFamilyMember(
    @Arg('familyId', () => ID) familyId: string,
    @Arg('member', () => NewPersonInput) member: NewPersonInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<Person> {
    return changeFamily(ctx, { familyId, expectedVersion, action: 'add family members', fields: ['members'] }, async (tx, family) => {
      const [person] = await addPeople(tx, family.id, [member], 'Joined the household');
      return person!;
    });
  }

  @Mutation(() => Family, { description: 'Make a worker the family’s one lead worker (the previous allocation is kept as history)' })
  async assignLeadWorker(
    @Arg('familyId', () => ID) familyId: string,
    @Arg('workerId', () => ID) workerId: string,
    @Arg('reason', () => String, { nullable: true, defaultValue: 'Allocated by co-ordinator' }) reason: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Arg('confirmEligible', () => Boolean, {
      defaultValue: false,
      description: 'For a family still IDENTIFIED: the allocator confirms it meets the criteria, and it becomes ELIGIBLE then ALLOCATED in this one step',
    })
    confirmEligible: boolean,
    @Ctx() ctx: Context,
  ): Promise<Family> {
    const worker = parseId(workerId, 'worker');
    return changeFamily(
      ctx,
      { familyId, expectedVersion, roles: ALLOCATING_ROLES, action: 'allocate lead workers', fields: ['leadWorker', 'status'] },
      async (tx, family) => {
        await allocate(tx, family, worker, reason?.trim() || 'Allocated by co-ordinator', ctx.identity.sub, { confirmEligible });
        return tx.getRepository(Family).findOneByOrFail({ id: family.id });
      },
    );
  }
}
