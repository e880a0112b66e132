import { badInput, conflict, HearthError, notFound, parseId, requireRole } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { In, IsNull, type EntityManager } from 'typeorm';
import { dateOfBirthFor, fullNameFor, schoolFor } from '../access/field-masking.ts';
import type { Context } from '../context.ts';
import { Family, Membership, Person, Relationship } from '../entities/index.ts';
import type { RelationshipKind } from '../entities/enums.ts';
import { CASEWORK_ROLES, changeFamily } from '../family-changes.ts';
import { MovePersonInput, RecordRelationshipInput, RemoveRelationshipInput, UpdatePersonInput } from '../inputs/members.inputs.ts';

/** Kinds that read the same both ways round: "A SIBLING_OF B" is "B SIBLING_OF A". */
const SYMMETRIC_KINDS: RelationshipKind[] = ['SIBLING_OF', 'PARTNER_OF'];

/** A person the caller may see (they live in a household the caller may see); anyone else is NOT_FOUND, and the attempt audited. */
async function visibleMember(ctx: Context, personId: string): Promise<Person> {
  const person = await ctx.loaders.memberById.load(parseId(personId, 'person'));
  if (!person || !(await ctx.loaders.familyById.load(person.familyId))) {
    if (person) ctx.audit?.record('DENIED', { familyId: person.familyId }, ['members']);
    throw notFound(`No person with id ${personId}`);
  }
  return person;
}

type PersonChanges = Partial<Pick<Person, 'fullName' | 'dateOfBirth' | 'sex' | 'role' | 'school'>>;

function personChanges(input: UpdatePersonInput): PersonChanges {
  const changes: PersonChanges = {};
  if (input.fullName !== undefined) changes.fullName = input.fullName.trim();
  if (input.dateOfBirth !== undefined) changes.dateOfBirth = input.dateOfBirth;
  if (input.sex !== undefined) changes.sex = input.sex;
  if (input.role !== undefined) changes.role = input.role;
  if (input.school !== undefined) changes.school = input.school?.trim() ?? null;
  return changes;
}

/** Takes the person out of the household they were in when looked up, refusing if someone else has moved them since. */
async function moveOut(tx: EntityManager, person: Person, toFamilyId: string, role: Person['role']): Promise<void> {
  const moved = await tx
    .createQueryBuilder()
    .update(Person)
    .set({ familyId: toFamilyId, role })
    .where('id = :id AND family_id = :from', { id: person.id, from: person.familyId })
    .execute();
  if (moved.affected === 0) throw conflict(`${person.fullName} has moved household since you opened their record; reload it and try again`);
}

function isDuplicate(error: unknown): boolean {
  return (error as { driverError?: { code?: string } }).driverError?.code === '23505';
}

/** A household's members: their details as each caller may see them, their relationships, and their moves between households. */
@Resolver(() => Person)
export class MembersResolver {
  @FieldResolver(() => String)
  fullName(@Root() person: Person, @Ctx() ctx: Context): string {
    return fullNameFor(ctx.identity, person);
  }

  @FieldResolver(() => String)
  dateOfBirth(@Root() person: Person, @Ctx() ctx: Context): string {
    return dateOfBirthFor(ctx.identity, person);
  }

  @FieldResolver(() => String, { nullable: true })
  school(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return schoolFor(ctx.identity, person);
  }

  @FieldResolver(() => [Relationship], { description: 'Relationships with the people they live with now, either way round' })
  relationships(@Root() person: Person, @Ctx() ctx: Context): Promise<Relationship[]> {
    ctx.audit?.read(person.familyId, 'members.relationships');
    return ctx.loaders.relationshipsByPerson.load(person.id);
  }

  @FieldResolver(() => [Membership], { description: 'Every household they have lived in while known to the programme, the current one first' })
  householdHistory(@Root() person: Person, @Ctx() ctx: Context): Promise<Membership[]> {
    ctx.audit?.read(person.familyId, 'members.householdHistory');
    return ctx.loaders.householdHistoryByPerson.load(person.id);
  }

  @Mutation(() => Person, { description: 'Correct a person’s details; refused with CONFLICT if their family changed since expectedVersion' })
  async updatePerson(@Arg('input', () => UpdatePersonInput) input: UpdatePersonInput, @Ctx() ctx: Context): Promise<Person> {
    requireRole(ctx.identity, CASEWORK_ROLES, 'change people’s details');
    const changes = personChanges(input);
    const fields = Object.keys(changes);
    if (fields.length === 0) throw badInput('Say what to change: fullName, dateOfBirth, sex, role or school');
    const person = await visibleMember(ctx, input.personId);
    const updated = await changeFamily(
      ctx,
      { familyId: person.familyId, expectedVersion: input.expectedVersion, action: 'change people’s details', fields: fields.map((f) => `members.${f}`) },
      async (tx, family) => {
        const result = await tx.createQueryBuilder().update(Person).set(changes).where('id = :id AND family_id = :family', { id: person.id, family: family.id }).execute();
        if (result.affected === 0) throw conflict(`${person.fullName} has moved household since you opened their record; reload it and try again`);
        // The household history shows the role they hold in this household, so the open spell follows the change.
        if (changes.role) await tx.getRepository(Membership).update({ personId: person.id, familyId: family.id, leftOn: IsNull() }, { role: changes.role });
        return tx.getRepository(Person).findOneByOrFail({ id: person.id });
      },
    );
    ctx.loaders.memberById.clear(person.id);
    ctx.audit?.read(person.familyId, 'members');
    return updated;
  }

  @Mutation(() => Person, {
    description:
      'Move a person to another household: their spell in the old one ends on movedOn and one in the new household starts, so both keep the history. You must be able to change both families; both versions move on.',
  })
  async movePerson(@Arg('input', () => MovePersonInput) input: MovePersonInput, @Ctx() ctx: Context): Promise<Person> {
    requireRole(ctx.identity, CASEWORK_ROLES, 'move people between households');
    const person = await visibleMember(ctx, input.personId);
    const toFamilyId = parseId(input.toFamilyId, 'family');
    if (toFamilyId === person.familyId) throw badInput(`${person.fullName} already lives in that household`, { field: 'toFamilyId' });
    const fromFamilyId = person.familyId;

    const moved = await changeFamily(
      ctx,
      { familyId: toFamilyId, expectedVersion: input.expectedVersion, action: 'move people between households', fields: ['members'], alsoLocks: [fromFamilyId] },
      async (tx, destination) => {
        await moveOut(tx, person, destination.id, input.role);
        const current = await tx.getRepository(Membership).findOneBy({ personId: person.id, leftOn: IsNull() });
        if (current && input.movedOn < current.joinedOn) {
          throw badInput(`movedOn cannot be before ${person.fullName} joined their current household (${current.joinedOn})`, { field: 'movedOn' });
        }
        if (current) await tx.getRepository(Membership).update({ id: current.id }, { leftOn: input.movedOn });
        await tx.getRepository(Membership).insert({
          personId: person.id,
          familyId: destination.id,
          role: input.role,
          joinedOn: input.movedOn,
          reason: input.reason.trim(),
        });
        // The household they left has changed too: anyone editing it from an older version must reload.
        await tx.createQueryBuilder().update(Family).set({ version: () => 'version + 1', updatedAt: () => 'now()' }).where('id = :id', { id: fromFamilyId }).execute();
        return tx.getRepository(Person).findOneByOrFail({ id: person.id });
      },
    );
    ctx.audit?.record('UPDATE', { familyId: fromFamilyId }, ['members']);
    ctx.audit?.read(moved.familyId, 'members');
    ctx.loaders.familyById.clear(fromFamilyId);
    ctx.loaders.memberById.clear(person.id);
    return moved;
  }

  @Mutation(() => Relationship, { description: 'Record how two current members of a household are related; recording the same one twice is a CONFLICT' })
  async recordRelationship(@Arg('input', () => RecordRelationshipInput) input: RecordRelationshipInput, @Ctx() ctx: Context): Promise<Relationship> {
    requireRole(ctx.identity, CASEWORK_ROLES, 'record relationships');
    const personId = parseId(input.personId, 'person');
    const relatedPersonId = parseId(input.relatedPersonId, 'person');
    if (personId === relatedPersonId) throw badInput('A person cannot be related to themselves', { field: 'relatedPersonId' });

    const relationship = await changeFamily(
      ctx,
      { familyId: input.familyId, action: 'record relationships', fields: ['members.relationships'] },
      async (tx, family) => {
        const members = await tx.getRepository(Person).findBy({ id: In([personId, relatedPersonId]), familyId: family.id });
        const missing = [personId, relatedPersonId].find((id) => !members.some((m) => m.id === id));
        if (missing) {
          throw badInput(`Person ${missing} is not a current member of ${family.reference}`, { field: missing === personId ? 'personId' : 'relatedPersonId' });
        }
        const existing = tx
          .getRepository(Relationship)
          .createQueryBuilder('relationship')
          .where('relationship.kind = :kind', { kind: input.kind })
          .andWhere('relationship.person_id = :a AND relationship.related_person_id = :b', { a: personId, b: relatedPersonId });
        if (SYMMETRIC_KINDS.includes(input.kind)) existing.orWhere('relationship.kind = :kind AND relationship.person_id = :b AND relationship.related_person_id = :a');
        if (await existing.getExists()) throw conflict(`That ${input.kind} relationship is already recorded`);
        try {
          const inserted = await tx.getRepository(Relationship).save(tx.getRepository(Relationship).create({ familyId: family.id, personId, relatedPersonId, kind: input.kind }));
          return inserted;
        } catch (error) {
          if (isDuplicate(error)) throw conflict(`That ${input.kind} relationship is already recorded`);
          throw error;
        }
      },
    );
    ctx.audit?.read(relationship.familyId, 'members.relationships');
    return relationship;
  }

  @Mutation(() => Family, { description: 'Take a relationship recorded in error off the record, saying why; answers the household as it now is' })
  async removeRelationship(@Arg('input', () => RemoveRelationshipInput) input: RemoveRelationshipInput, @Ctx() ctx: Context): Promise<Family> {
    requireRole(ctx.identity, CASEWORK_ROLES, 'remove relationships');
    const id = parseId(input.relationshipId, 'relationship');
    const unknown = () => notFound(`No relationship with id ${input.relationshipId}`);
    const found = await ctx.db.getRepository(Relationship).findOneBy({ id });
    if (!found) throw unknown();
    const family = await changeFamily(
      ctx,
      { familyId: found.familyId, action: 'remove relationships', fields: ['members.relationships'], reason: input.reason.trim() },
      async (tx, household) => {
        // Gone between the look-up and the lock: someone else removed it first.
        const removed = await tx.getRepository(Relationship).delete({ id, familyId: household.id });
        if (removed.affected === 0) throw conflict('That relationship has already been removed');
        return tx.getRepository(Family).findOneByOrFail({ id: household.id });
      },
    ).catch((error: unknown) => {
      // A relationship in a household the caller cannot see is, to them, no relationship at all.
      throw error instanceof HearthError && error.extensions.code === 'NOT_FOUND' ? unknown() : error;
    });
    return family;
  }
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Person)
  async person(@Root() relationship: Relationship, @Ctx() ctx: Context): Promise<Person> {
    return memberOf(ctx, relationship.personId);
  }

  @FieldResolver(() => Person)
  async relatedPerson(@Root() relationship: Relationship, @Ctx() ctx: Context): Promise<Person> {
    return memberOf(ctx, relationship.relatedPersonId);
  }
}

async function memberOf(ctx: Context, personId: string): Promise<Person> {
  const person = await ctx.loaders.memberById.load(personId);
  if (!person) throw notFound(`No person with id ${personId}`);
  return person;
}

@Resolver(() => Membership)
export class HouseholdMembershipResolver {
  @FieldResolver(() => Family, { nullable: true, description: 'The household, if you may see it' })
  family(@Root() membership: Membership, @Ctx() ctx: Context): Promise<Family | null> {
    return ctx.loaders.familyById.load(membership.familyId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The household’s id, if you may see it: a household you may not see is not even named' })
  async familyId(@Root() membership: Membership, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.familyById.load(membership.familyId))?.id ?? null;
  }
}
