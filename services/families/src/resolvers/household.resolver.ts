import { badInput, forbidden } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { IsNull } from 'typeorm';
import { addressLineFor, addressWithheldBy, postcodeFor } from '../access/field-masking.ts';
import type { Context } from '../context.ts';
import { Area, Family, Restriction } from '../entities/index.ts';
import { changeFamily } from '../family-changes.ts';
import { UpdateHouseholdInput } from '../inputs/household.inputs.ts';
import { formatPostcode } from '../search/postcode.ts';

type HouseholdChanges = Partial<Pick<Family, 'addressLine' | 'postcode' | 'area' | 'cohort' | 'programmePhase'>>;

function householdChanges(input: UpdateHouseholdInput): HouseholdChanges {
  const changes: HouseholdChanges = {};
  if (input.addressLine !== undefined) changes.addressLine = input.addressLine.trim();
  if (input.postcode !== undefined) changes.postcode = formatPostcode(input.postcode);
  if (input.area !== undefined) changes.area = input.area.trim();
  if (input.cohort !== undefined) changes.cohort = input.cohort?.trim() ?? null;
  if (input.programmePhase !== undefined) changes.programmePhase = input.programmePhase;
  return changes;
}

/** The household's own details: where it lives (as far as the caller may see it), its cohort and programme phase. */
@Resolver(() => Family)
export class HouseholdResolver {
  @FieldResolver(() => String, { nullable: true })
  async addressLine(@Root() family: Family, @Ctx() ctx: Context): Promise<string | null> {
    return addressLineFor(ctx.identity, family, await ctx.loaders.activeRestrictionsByFamily.load(family.id));
  }

  @FieldResolver(() => String, { nullable: true })
  async postcode(@Root() family: Family, @Ctx() ctx: Context): Promise<string | null> {
    return postcodeFor(ctx.identity, family, await ctx.loaders.activeRestrictionsByFamily.load(family.id));
  }

  @Mutation(() => Family, {
    description:
      'Change a household’s address, area, cohort or programme phase. Refused with CONFLICT if the family changed since expectedVersion; only roles named on a domestic abuse marker in force may change the address.',
  })
  async updateHousehold(@Arg('input', () => UpdateHouseholdInput) input: UpdateHouseholdInput, @Ctx() ctx: Context): Promise<Family> {
    const changes = householdChanges(input);
    const fields = Object.keys(changes);
    if (fields.length === 0) throw badInput('Say what to change: addressLine, postcode, area, cohort or programmePhase');
    if (changes.area !== undefined) {
      if (!(await ctx.db.getRepository(Area).existsBy({ name: changes.area }))) {
        throw badInput(`${changes.area} is not one of the council's areas`, { field: 'area' });
      }
      // Co-ordinators and managers work by area: moving a family out of theirs would hand it to no one they know.
      if ((ctx.identity.role === 'COORDINATOR' || ctx.identity.role === 'MANAGER') && !ctx.identity.areas.includes(changes.area)) {
        throw forbidden(`You cannot move families to ${changes.area}; your areas are ${ctx.identity.areas.join(', ') || 'none'}`);
      }
    }
    return changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: input.expectedVersion, action: 'change a household’s details', fields },
      async (tx, family) => {
        if (changes.addressLine !== undefined || changes.postcode !== undefined) {
          const markers = await tx.getRepository(Restriction).findBy({ familyId: family.id, liftedAt: IsNull() });
          if (addressWithheldBy(ctx.identity, markers)) {
            throw forbidden(`The address of ${family.reference} is restricted by a domestic abuse marker; only the roles it names can change it`);
          }
        }
        await tx.getRepository(Family).update({ id: family.id }, changes);
        return tx.getRepository(Family).findOneByOrFail({ id: family.id });
      },
    );
  }
}
