import type { Identity } from '@hearth/auth';
import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Restriction } from '../entities/index.ts';

export function restrictionsLoaders(db: DataSource, _identity: Identity) {
  return {
    /** The markers in force on each family (not lifted), oldest first. Read whole: access/field-masking.ts decides what of them a caller sees. */
    activeRestrictionsByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db
          .getRepository(Restriction)
          .createQueryBuilder('restriction')
          .where('restriction.family_id = ANY(:familyIds)', { familyIds })
          .andWhere('restriction.lifted_at IS NULL')
          .orderBy('restriction.created_at', 'ASC')
          .addOrderBy('restriction.id', 'ASC')
          .getMany(),
      (restriction) => restriction.familyId,
    ),
  };
}
