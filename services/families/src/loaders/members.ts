import type { Identity } from '@hearth/auth';
import { loaderByKey, loaderOfLists } from '@hearth/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Membership, Person, Relationship } from '../entities/index.ts';

/** Household members, their spells in households and the relationships between them: one statement per kind per request. */
export function membersLoaders(db: DataSource, _identity: Identity) {
  return {
    /** A person by id, in whichever household they now live. */
    memberById: loaderByKey((ids: readonly string[]) => db.getRepository(Person).findBy({ id: In([...ids]) }), (person) => person.id),
    /** Every household a person has lived in while known to the programme, the current one first. */
    householdHistoryByPerson: loaderOfLists(
      (personIds: readonly string[]) =>
        db
          .getRepository(Membership)
          .createQueryBuilder('membership')
          .where('membership.person_id = ANY(:personIds)', { personIds })
          .orderBy('membership.left_on IS NULL', 'DESC')
          .addOrderBy('membership.joined_on', 'DESC')
          .addOrderBy('membership.left_on', 'DESC')
          .addOrderBy('membership.id', 'ASC')
          .getMany(),
      (membership) => membership.personId,
    ),
    /**
     * The relationships a person has, in either direction ("A is PARENT_OF B"
     * is one of A's and one of B's), with people who live in the same
     * household now: someone who has moved away may live in a household the
     * caller cannot see.
     */
    relationshipsByPerson: new DataLoader<string, Relationship[]>(async (personIds) => {
      const relationships = await db
        .getRepository(Relationship)
        .createQueryBuilder('relationship')
        .innerJoin(Person, 'person', 'person.id = relationship.person_id')
        .innerJoin(Person, 'related', 'related.id = relationship.related_person_id')
        .where('(relationship.person_id = ANY(:personIds) OR relationship.related_person_id = ANY(:personIds))', { personIds })
        .andWhere('person.family_id = related.family_id')
        .orderBy('relationship.kind', 'ASC')
        .addOrderBy('relationship.id', 'ASC')
        .getMany();
      return personIds.map((id) => relationships.filter((r) => r.personId === id || r.relatedPersonId === id));
    }),
  };
}
