import type { MemberRole } from '@hearth/programme';
import { badInput, notFound } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Context } from '../context.ts';
import { Agency, Consent, Family, InformationSharingAgreement, Membership, Person } from '../entities/index.ts';
import { CASEWORK_ROLES, changeFamily, today } from '../family-changes.ts';
import { RecordConsentInput } from '../inputs/consent.inputs.ts';

const ADULT_ROLES: MemberRole[] = ['PARENT_CARER', 'OTHER_ADULT'];
/** A young person may decide about sharing their family's information from this age. */
const YOUNG_PERSON_CONSENT_AGE = 16;

function ageOn(dateOfBirth: string, on: string): number {
  const [birthYear, birthMonth, birthDay] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [year, month, day] = on.split('-').map(Number) as [number, number, number];
  const beforeBirthday = month < birthMonth || (month === birthMonth && day < birthDay);
  return year - birthYear - (beforeBirthday ? 1 : 0);
}

/** The agreement must be in force: signed by the day consent was given and not yet due for review. */
async function currentAgreement(tx: EntityManager, agreementId: string, recordedOn: string): Promise<InformationSharingAgreement> {
  const agreement = await tx
    .getRepository(InformationSharingAgreement)
    .createQueryBuilder('agreement')
    .addSelect('agreement.review_on < current_date', 'agreement_overdue')
    .where('agreement.id = :id', { id: agreementId })
    .getRawAndEntities<{ agreement_overdue: boolean }>();
  const found = agreement.entities[0];
  if (!found) throw badInput(`No information sharing agreement with id ${agreementId}`, { field: 'agreementId' });
  if (agreement.raw[0]?.agreement_overdue) {
    throw badInput(`${found.name} (${found.reference}) was due for review on ${found.reviewOn}; consent cannot rest on it until it is reviewed`, { field: 'agreementId' });
  }
  if (found.signedOn > recordedOn) {
    throw badInput(`${found.name} (${found.reference}) was only signed on ${found.signedOn}, after ${recordedOn}`, { field: 'agreementId' });
  }
  return found;
}

/** The agencies a NAMED_AGENCIES consent covers: at least one, each known and each a party to the agreement. */
async function namedAgencies(tx: EntityManager, input: RecordConsentInput, agreement: InformationSharingAgreement): Promise<string[]> {
  const ids = [...new Set(input.agencyIds.map((id) => id.toLowerCase()))];
  if (input.scope === 'ALL_ENGAGED_AGENCIES') {
    if (ids.length > 0) throw badInput('agencyIds must be empty when consent covers all engaged agencies; use NAMED_AGENCIES to name them', { field: 'agencyIds' });
    return [];
  }
  if (ids.length === 0) throw badInput('Name at least one agency (agencyIds) when consent covers named agencies', { field: 'agencyIds' });
  const agencies = await tx.getRepository(Agency).findBy({ id: In(ids) });
  const unknown = ids.filter((id) => !agencies.some((agency) => agency.id === id));
  if (unknown.length > 0) throw badInput(`No agency with id ${unknown.join(', ')}`, { field: 'agencyIds' });
  const outside = agencies.filter((agency) => !agreement.agencyIds.includes(agency.id));
  if (outside.length > 0) {
    throw badInput(`${outside.map((agency) => agency.name).join(', ')} ${outside.length === 1 ? 'is not a party' : 'are not parties'} to ${agreement.name}`, {
      field: 'agencyIds',
    });
  }
  return ids;
}

/** Only someone who can decide for the household: a current adult member, or a young person of 16 or over. */
async function assertCanDecide(tx: EntityManager, family: Family, personId: string, on: string): Promise<void> {
  const membership = await tx.getRepository(Membership).findOneBy({ personId, familyId: family.id, leftOn: IsNull() });
  const person = membership && (await tx.getRepository(Person).findOneBy({ id: personId }));
  if (!membership || !person) throw badInput(`Person ${personId} is not a current member of ${family.reference}`, { field: 'givenByPersonId' });
  const adult = ADULT_ROLES.includes(membership.role) || (membership.role === 'YOUNG_PERSON' && ageOn(person.dateOfBirth, on) >= YOUNG_PERSON_CONSENT_AGE);
  if (!adult) {
    throw badInput(
      `${person.fullName} cannot give or refuse consent for ${family.reference}: only a parent or carer, another adult, or a young person aged ${YOUNG_PERSON_CONSENT_AGE} or over can`,
      { field: 'givenByPersonId' },
    );
  }
}

@Resolver(() => InformationSharingAgreement)
export class InformationSharingAgreementResolver {
  @Query(() => [InformationSharingAgreement], { description: 'The information sharing agreements between the partner agencies, newest first' })
  informationSharingAgreements(@Ctx() ctx: Context): Promise<InformationSharingAgreement[]> {
    return ctx.db.getRepository(InformationSharingAgreement).find({ order: { signedOn: 'DESC', name: 'ASC' } });
  }

  @FieldResolver(() => [Agency], { description: 'The agencies that signed the agreement, by name' })
  async parties(@Root() agreement: InformationSharingAgreement, @Ctx() ctx: Context): Promise<Agency[]> {
    return (await ctx.loaders.partiesByAgreement.load(agreement.id)).map((party) => party.agency);
  }
}

@Resolver(() => Consent)
export class ConsentResolver {
  @FieldResolver(() => [Agency], { description: 'The agencies it covers, by name: the named ones, or for ALL_ENGAGED_AGENCIES those working with the family today' })
  async agencies(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Agency[]> {
    return (await ctx.loaders.agenciesCoveredByConsent.load(consent.id)).map((covered) => covered.agency);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The household member who gave, refused or withdrew it' })
  async givenBy(@Root() consent: Consent, @Ctx() ctx: Context): Promise<Person | null> {
    return consent.givenByPersonId ? ctx.loaders.memberById.load(consent.givenByPersonId) : null;
  }

  @FieldResolver(() => InformationSharingAgreement, { description: 'The agreement the consent rests on' })
  async agreement(@Root() consent: Consent, @Ctx() ctx: Context): Promise<InformationSharingAgreement> {
    const agreement = await ctx.loaders.agreementById.load(consent.agreementId);
    if (!agreement) throw notFound(`Consent ${consent.id} rests on an agreement that no longer exists`);
    return agreement;
  }
}

@Resolver(() => Family)
export class FamilyConsentResolver {
  @FieldResolver(() => Consent, { nullable: true, description: 'The consent in force: the newest record. Partners see the family only while it is GIVEN and covers them' })
  async consent(@Root() family: Family, @Ctx() ctx: Context): Promise<Consent | null> {
    return (await ctx.loaders.consentsByFamily.load(family.id))[0] ?? null;
  }

  @FieldResolver(() => [Consent], { description: 'Every consent decision, newest first' })
  consentHistory(@Root() family: Family, @Ctx() ctx: Context): Promise<Consent[]> {
    return ctx.loaders.consentsByFamily.load(family.id);
  }

  @Mutation(() => Family, {
    description:
      'Record a family’s consent to share information, its refusal, or its withdrawal. The newest record is in force: withdrawn or refused consent stops every partner agency seeing the family; to narrow consent, record it GIVEN again naming fewer agencies.',
  })
  async recordConsent(@Arg('input', () => RecordConsentInput) input: RecordConsentInput, @Ctx() ctx: Context): Promise<Family> {
    const recordedOn = input.recordedOn ?? today();
    return changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: input.expectedVersion, roles: CASEWORK_ROLES, action: 'record consent', fields: ['consent'] },
      async (tx, family) => {
        const agreement = await currentAgreement(tx, input.agreementId, recordedOn);
        const agencyIds = await namedAgencies(tx, input, agreement);
        await assertCanDecide(tx, family, input.givenByPersonId.toLowerCase(), recordedOn);
        if (input.status === 'WITHDRAWN') {
          const inForce = await tx.getRepository(Consent).findOne({ where: { familyId: family.id }, order: { recordedAt: 'DESC', id: 'DESC' } });
          if (inForce?.status !== 'GIVEN') {
            throw badInput(
              `${family.reference} has no consent to withdraw: ${inForce ? `the consent in force was ${inForce.status.toLowerCase()} on ${inForce.recordedOn}` : 'none has been recorded'}`,
              { field: 'status' },
            );
          }
        }
        await tx
          .createQueryBuilder()
          .insert()
          .into(Consent)
          .values({
            familyId: family.id,
            status: input.status,
            givenByPersonId: input.givenByPersonId.toLowerCase(),
            scope: input.scope,
            agencyIds,
            agreementId: agreement.id,
            recordedOn,
            // The moment of writing, not of the transaction's start, decides which record is newest.
            recordedAt: () => 'clock_timestamp()',
            recordedBy: ctx.identity.sub,
            note: input.note?.trim() || null,
          })
          .execute();
        return family;
      },
    );
  }
}
