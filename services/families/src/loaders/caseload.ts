import type { Identity } from '@hearth/auth';
import type { FamilyStatus } from '@hearth/programme';
import { loaderOfLists } from '@hearth/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeToCaller } from '../access/family-scope.ts';
import { Allocation, Family, Worker } from '../entities/index.ts';

/**
 * The statuses at which a family takes up its lead worker's time: being
 * worked with, waiting to be closed after its outcome, or being re-engaged.
 * A closed, declined, stepped-down or stepped-up (now with social care)
 * family keeps its lead worker on record, but no longer counts against their
 * caseload limit or needs their contact.
 */
export const OPEN_CASE_STATUSES: FamilyStatus[] = ['ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'DISENGAGED'];

/** A family waiting for a lead worker: identified or found eligible, and not yet allocated. */
export const AWAITING_ALLOCATION_STATUSES: FamilyStatus[] = ['IDENTIFIED', 'ELIGIBLE'];

export function caseloadLoaders(db: DataSource, identity: Identity) {
  const families = () => scopeToCaller(db.getRepository(Family).createQueryBuilder('family'), identity);
  return {
    /** Who has led each family: the current lead worker first, then earlier ones, most recent first. */
    leadWorkerHistoryByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db
          .getRepository(Allocation)
          .createQueryBuilder('allocation')
          .where('allocation.family_id = ANY(:familyIds)', { familyIds })
          .orderBy('allocation.ended_on IS NULL', 'DESC')
          .addOrderBy('allocation.allocated_at', 'DESC')
          .getMany(),
      (allocation) => allocation.familyId,
    ),
    /** The open families each worker leads, among those the caller may see, by reference. */
    caseloadByWorker: loaderOfLists(
      (workerIds: readonly string[]) =>
        families()
          .andWhere('family.lead_worker_id = ANY(:workerIds)', { workerIds })
          .andWhere('family.status = ANY(:open)', { open: OPEN_CASE_STATUSES })
          .orderBy('family.reference', 'ASC')
          .getMany(),
      (family) => family.leadWorkerId!,
    ),
    /**
     * How many open families each worker leads, whoever asks: the limit is
     * about the worker's whole caseload, including families the caller may not see.
     */
    caseloadCountByWorker: new DataLoader<string, number>(async (workerIds) => {
      const rows = (await db.query(
        `SELECT lead_worker_id, count(*)::int AS n FROM families.family
         WHERE lead_worker_id = ANY($1::uuid[]) AND status = ANY($2::text[]) GROUP BY lead_worker_id`,
        [workerIds, OPEN_CASE_STATUSES],
      )) as { lead_worker_id: string; n: number }[];
      const byWorker = new Map(rows.map((row) => [row.lead_worker_id, row.n]));
      return workerIds.map((id) => byWorker.get(id) ?? 0);
    }),
    /** Families in each area waiting for a lead worker, the longest waiting (earliest identified) first. */
    awaitingAllocationByArea: loaderOfLists(
      (areas: readonly string[]) =>
        families()
          .andWhere('family.area = ANY(:areas)', { areas })
          .andWhere('family.lead_worker_id IS NULL')
          .andWhere('family.status = ANY(:waiting)', { waiting: AWAITING_ALLOCATION_STATUSES })
          .addSelect(
            `COALESCE((SELECT min(sc.changed_on) FROM families.status_change sc WHERE sc.family_id = family.id), family.created_at::date)`,
            'identified_on',
          )
          .orderBy('identified_on', 'ASC')
          .addOrderBy('family.reference', 'ASC')
          .getMany(),
      (family) => family.area,
    ),
    /** Every lead worker who works in each area (a worker may work in several), by name. */
    leadWorkersByArea: new DataLoader<string, Worker[]>(async (areas) => {
      const workers = await db
        .getRepository(Worker)
        .createQueryBuilder('worker')
        .where(`worker.role = 'LEAD_WORKER'`)
        .andWhere('worker.areas && :areas::text[]', { areas })
        .orderBy('worker.name', 'ASC')
        .getMany();
      return areas.map((area) => workers.filter((worker) => worker.areas.includes(area)));
    }),
  };
}

/**
 * Allocated open families in an area with no contact noted since `since`
 * (or never): one statement, whatever the size of the area.
 */
export function familiesWithoutContactSince(db: DataSource, identity: Identity, area: string, since: string): Promise<Family[]> {
  return scopeToCaller(db.getRepository(Family).createQueryBuilder('family'), identity)
    .andWhere('family.area = :area', { area })
    .andWhere('family.lead_worker_id IS NOT NULL')
    .andWhere('family.status = ANY(:open)', { open: OPEN_CASE_STATUSES })
    .andWhere('NOT EXISTS (SELECT 1 FROM families.case_note cn WHERE cn.family_id = family.id AND cn.contact_on > :since)', { since })
    .getMany();
}
