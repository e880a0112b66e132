import { auditEntriesByFamily, loaderByKey, loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Intervention, InterventionModel } from './entities/index.ts';
import { chronologyLoaders } from './loaders/chronology.ts';

export function createLoaders(db: DataSource) {
  return {
    /** Each family's newest audit events, for managers: one statement per request. */
    auditEntriesByFamily: auditEntriesByFamily(db, 'interventions', 'interventions'),
    ...chronologyLoaders(db),
    /** Every family on the page in one statement, each family's newest start first. */
    interventionsByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(Intervention).find({
          where: { familyId: In([...familyIds]) },
          order: { startedOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
        }),
      (intervention) => intervention.familyId,
    ),
    modelByCode: loaderByKey(
      (codes: readonly string[]) => db.getRepository(InterventionModel).findBy({ code: In([...codes]) }),
      (model) => model.code,
    ),
  };
}

export type InterventionsLoaders = ReturnType<typeof createLoaders>;
