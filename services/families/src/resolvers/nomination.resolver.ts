import { INDICATOR_CODES } from '@hearth/programme';
import { badInput, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Agency, Area, Consent, Engagement, Family, InformationSharingAgreement, Nomination, StatusChange } from '../entities/index.ts';
import { today } from '../family-changes.ts';
import { addPeople } from '../household.ts';
import { NominateFamilyInput } from '../inputs/nomination.inputs.ts';

@Resolver(() => Nomination)
export class NominationResolver {
  @Mutation(() => Family, { description: 'A partner agency nominates a family into the programme; the agency then works with it' })
  async nominateFamily(@Arg('input', () => NominateFamilyInput) input: NominateFamilyInput, @Ctx() ctx: Context): Promise<Family> {
    requireRole(ctx.identity, ['PARTNER'], 'nominate families');
    const agencyId = ctx.identity.agencyId;
    if (!agencyId) throw badInput('Your sign-in names no agency, so a nomination cannot be recorded against one');
    const unknown = input.indicatorCodes.filter((code) => !INDICATOR_CODES.includes(code));
    if (unknown.length > 0) throw badInput(`No indicator with code ${unknown.join(', ')}`, { field: 'indicatorCodes' });

    const created = await ctx.db.transaction(async (tx) => {
      if (!(await tx.getRepository(Area).existsBy({ name: input.area.trim() }))) {
        throw badInput(`${input.area} is not one of the council's areas`, { field: 'area' });
      }
      if (!(await tx.getRepository(Agency).existsBy({ id: agencyId }))) throw badInput('Your agency is not in the directory');
      const family = await tx.getRepository(Family).save(
        tx.getRepository(Family).create({
          status: 'IDENTIFIED',
          area: input.area.trim(),
          addressLine: input.addressLine.trim(),
          postcode: input.postcode.trim().toUpperCase(),
          identifiedBy: 'AGENCY_NOMINATION',
          nominatedByAgencyId: agencyId,
        }),
      );
      const [person] = await addPeople(tx, family.id, [{ fullName: input.fullName, dateOfBirth: input.dateOfBirth, role: input.role }], 'Named in a nomination');
      await tx.getRepository(StatusChange).insert({
        familyId: family.id,
        fromStatus: null,
        toStatus: 'IDENTIFIED',
        reason: `Nominated by a partner agency: ${input.reason.trim()}`,
        changedOn: today(),
        changedBy: ctx.identity.sub,
      });
      await tx.getRepository(Nomination).insert({
        familyId: family.id,
        agencyId,
        nominatedBy: ctx.identity.sub,
        reason: input.reason.trim(),
        indicatorCodes: [...new Set(input.indicatorCodes)],
      });
      await tx.getRepository(Engagement).insert({
        familyId: family.id,
        agencyId,
        capacity: 'Nominating agency',
        startedOn: today(),
        recordedBy: ctx.identity.sub,
      });
      if (input.familyConsentsToSharing) {
        const agreement = await tx
          .getRepository(InformationSharingAgreement)
          .createQueryBuilder('isa')
          .where(':agency = ANY(isa.agency_ids)', { agency: agencyId })
          .andWhere('isa.review_on >= current_date')
          .orderBy('isa.signed_on', 'DESC')
          .getOne();
        if (!agreement) throw badInput('Your agency is not party to a current information sharing agreement, so consent cannot be recorded');
        await tx.getRepository(Consent).insert({
          familyId: family.id,
          status: 'GIVEN',
          givenByPersonId: person!.id,
          scope: 'NAMED_AGENCIES',
          agencyIds: [agencyId],
          agreementId: agreement.id,
          recordedOn: today(),
          recordedBy: ctx.identity.sub,
          note: 'Consent given to the nominating agency',
        });
      }
      return tx.getRepository(Family).findOneByOrFail({ id: family.id });
    });
    ctx.audit?.record('CREATE', { familyId: created.id }, ['household', 'members', 'nomination', 'consent']);
    return created;
  }

  @FieldResolver(() => Agency)
  async agency(@Root() nomination: Nomination, @Ctx() ctx: Context): Promise<Agency | null> {
    return ctx.loaders.agencyById.load(nomination.agencyId);
  }
}
