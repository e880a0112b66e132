import type { FamilyStatus } from '@hearth/programme';
import { badInput } from '@hearth/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { Allocation, Family, StatusChange, Worker } from './entities/index.ts';
import { today } from './family-changes.ts';

/**
 * Makes a worker the family's one lead worker: the current allocation (if
 * any) ends today and a new one starts, so the history of who led the family
 * is kept. An eligible family becomes allocated in the same step. A family
 * still only identified has not been checked against the criteria; it is
 * allocated only when the allocator confirms that it is eligible, and both
 * steps then stand in its status history.
 */
export async function allocate(tx: EntityManager, family: Family, workerId: string, reason: string, by: string, { confirmEligible = false } = {}): Promise<void> {
  const worker = await tx.getRepository(Worker).findOneBy({ id: workerId });
  if (!worker || worker.role !== 'LEAD_WORKER') throw badInput(`No lead worker with id ${workerId}`, { field: 'workerId' });
  if (family.leadWorkerId === worker.id) throw badInput(`${worker.name} is already the lead worker for ${family.reference}`, { field: 'workerId' });
  if (['CLOSED', 'DECLINED'].includes(family.status)) throw badInput(`${family.reference} is ${family.status.toLowerCase()}; reopen it before allocating`);
  if (family.status === 'IDENTIFIED' && !confirmEligible) {
    throw badInput(`${family.reference} has not been confirmed eligible for the programme; confirm it meets the criteria to allocate it`, { field: 'confirmEligible' });
  }

  await tx.getRepository(Allocation).update({ familyId: family.id, endedOn: IsNull() }, { endedOn: today() });
  await tx.getRepository(Allocation).insert({ familyId: family.id, workerId: worker.id, allocatedOn: today(), reason, allocatedBy: by });
  const steps: [FamilyStatus, FamilyStatus, string][] = [];
  if (family.status === 'IDENTIFIED') steps.push(['IDENTIFIED', 'ELIGIBLE', 'Confirmed eligible when allocating a lead worker']);
  if (family.status === 'IDENTIFIED' || family.status === 'ELIGIBLE') steps.push(['ELIGIBLE', 'ALLOCATED', `Lead worker allocated: ${worker.name}`]);
  const status = steps.at(-1)?.[1] ?? family.status;
  await tx.getRepository(Family).update({ id: family.id }, { leadWorkerId: worker.id, status });
  for (const [fromStatus, toStatus, why] of steps) {
    // The clock, not the transaction's start, so the two steps of one allocation keep their order in the history.
    await tx.getRepository(StatusChange).insert({ familyId: family.id, fromStatus, toStatus, reason: why, changedOn: today(), changedAt: () => 'clock_timestamp()', changedBy: by });
  }
}
