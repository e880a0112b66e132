import { auditEntriesByFamily, loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { readCatalogue, type Catalogue } from './catalogue.ts';
import { Evidence } from './entities/index.ts';

/** Runs `read` the first time it is asked for and hands every later caller the same promise. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= read());
}

export function createLoaders(db: DataSource) {
  return {
    /** Each family's newest audit events, for managers: one statement per request. */
    auditEntriesByFamily: auditEntriesByFamily(db, 'criteria', 'criteria'),
    /** The whole catalogue, read at most once per request however many resolvers ask. */
    catalogue: once((): Promise<Catalogue> => readCatalogue(db)),
    /**
     * Every family's evidence, newest first, with its indicator and headline
     * problem joined in: both Family fields come from this one statement.
     */
    evidenceByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db
          .getRepository(Evidence)
          .createQueryBuilder('evidence')
          .innerJoinAndSelect('evidence.indicator', 'indicator')
          .innerJoinAndSelect('indicator.problem', 'problem')
          .where('evidence.family_id = ANY(:familyIds)', { familyIds })
          .orderBy('evidence.observedAt', 'DESC')
          .addOrderBy('evidence.recordedAt', 'DESC')
          .addOrderBy('evidence.id', 'ASC')
          .getMany(),
      (evidence) => evidence.familyId,
    ),
  };
}

export type CriteriaLoaders = ReturnType<typeof createLoaders>;
