import type { Identity } from '@hearth/auth';
import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Worker } from '../entities/index.ts';

export function agenciesLoaders(db: DataSource, _identity: Identity) {
  return {
    workersByAgency: loaderOfLists(
      (agencyIds: readonly string[]) => db.getRepository(Worker).find({ where: { agencyId: In([...agencyIds]) }, order: { name: 'ASC', id: 'ASC' } }),
      (worker) => worker.agencyId,
    ),
  };
}
