import type { Identity } from '@hearth/auth';
import { auditEntriesByFamily, loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { OutcomeMeasure, OutcomeProgress, ProgressChange } from './entities/index.ts';
import { withPreviousStatuses } from './history.ts';
import { chronologyLoaders } from './loaders/chronology.ts';

/**
 * No loader filters by caller: this subgraph is only reached through a Family
 * the families subgraph has already decided the caller may see.
 */
export function createLoaders(db: DataSource, _identity: Identity) {
  return {
    /** Each family's newest audit events, for managers: one statement per request. */
    auditEntriesByFamily: auditEntriesByFamily(db, 'outcomes', 'outcomes'),
    ...chronologyLoaders(db),
    measuresByPlan: loaderOfLists(
      (planIds: readonly string[]) => db.getRepository(OutcomeMeasure).find({ where: { planId: In([...planIds]) }, order: { position: 'ASC' } }),
      (measure) => measure.planId,
    ),
    /** Each row comes with its measure in the same statement, which also gives the plan order. */
    progressByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db
          .getRepository(OutcomeProgress)
          .createQueryBuilder('progress')
          .innerJoinAndSelect('progress.measure', 'measure')
          .where('progress.family_id = ANY(:familyIds)', { familyIds })
          .orderBy('measure.position', 'ASC')
          .addOrderBy('measure.code', 'ASC')
          .getMany(),
      (progress) => progress.familyId,
    ),
    historyByProgress: loaderOfLists(
      async (progressIds: readonly string[]) =>
        withPreviousStatuses(
          await db.getRepository(ProgressChange).find({ where: { progressId: In([...progressIds]) }, order: { recordedAt: 'DESC', id: 'DESC' } }),
        ),
      (change) => change.progressId,
    ),
  };
}

export type OutcomesLoaders = ReturnType<typeof createLoaders>;
