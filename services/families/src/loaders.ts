import type { Identity } from '@hearth/auth';
import { auditEntriesByFamily, loaderByKey, loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { scopeToCaller } from './access/family-scope.ts';
import { caseloadLoaders } from './loaders/caseload.ts';
import { caseworkLoaders } from './loaders/casework.ts';
import { chronologyLoaders } from './chronology/loaders.ts';
import { Agency, Allocation, Family, Nomination, Person, StatusChange, Worker } from './entities/index.ts';
import { agenciesLoaders } from './loaders/agencies.ts';
import { consentLoaders } from './loaders/consent.ts';
import { engagementLoaders } from './loaders/engagement.ts';
import { membersLoaders } from './loaders/members.ts';
import { restrictionsLoaders } from './loaders/restrictions.ts';

export function createLoaders(db: DataSource, identity: Identity) {
  return {
    ...caseworkLoaders(db, identity),
    ...caseloadLoaders(db, identity),
    ...chronologyLoaders(db, identity),
    /** Each family's newest audit events recorded here, for its merged audit trail: one statement per request. */
    auditEntriesByFamily: auditEntriesByFamily(db, 'families', 'families'),
    ...membersLoaders(db, identity),
    ...restrictionsLoaders(db, identity),
    ...agenciesLoaders(db, identity),
    ...engagementLoaders(db, identity),
    ...consentLoaders(db, identity),
    /** Only families the caller may see; any other id resolves to null. */
    familyById: loaderByKey(
      (ids: readonly string[]) =>
        scopeToCaller(db.getRepository(Family).createQueryBuilder('family').where('family.id = ANY(:ids)', { ids }), identity).getMany(),
      (family) => family.id,
    ),
    membersByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(Person).find({ where: { familyId: In([...familyIds]) }, order: { dateOfBirth: 'ASC', fullName: 'ASC' } }),
      (person) => person.familyId,
    ),
    statusChangesByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(StatusChange).find({ where: { familyId: In([...familyIds]) }, order: { changedOn: 'DESC', changedAt: 'DESC', id: 'DESC' } }),
      (change) => change.familyId,
    ),
    allocationsByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(Allocation).find({ where: { familyId: In([...familyIds]) }, order: { allocatedAt: 'DESC' } }),
      (allocation) => allocation.familyId,
    ),
    workerById: loaderByKey((ids: readonly string[]) => db.getRepository(Worker).findBy({ id: In([...ids]) }), (worker) => worker.id),
    nominationByFamily: loaderByKey(
      (familyIds: readonly string[]) => db.getRepository(Nomination).findBy({ familyId: In([...familyIds]) }),
      (nomination) => nomination.familyId,
    ),
    agencyById: loaderByKey((ids: readonly string[]) => db.getRepository(Agency).findBy({ id: In([...ids]) }), (agency) => agency.id),
  };
}

export type FamiliesLoaders = ReturnType<typeof createLoaders>;
