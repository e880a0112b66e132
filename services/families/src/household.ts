import type { EntityManager } from 'typeorm';
import { Membership, Person } from './entities/index.ts';
import type { NewPersonInput } from './inputs/family.inputs.ts';
import { today } from './family-changes.ts';

/** Adds people to a household, opening each one's membership spell. */
export async function addPeople(tx: EntityManager, familyId: string, people: NewPersonInput[], reason: string): Promise<Person[]> {
  if (people.length === 0) return [];
  const inserted = await tx.getRepository(Person).save(
    people.map((p) =>
      tx.getRepository(Person).create({
        familyId,
        fullName: p.fullName.trim(),
        dateOfBirth: p.dateOfBirth,
        role: p.role,
        sex: p.sex ?? 'NOT_KNOWN',
        school: p.school?.trim() || null,
      }),
    ),
  );
  await tx.getRepository(Membership).insert(inserted.map((p) => ({ personId: p.id, familyId, role: p.role, joinedOn: today(), reason })));
  return inserted;
}
