import { badInput } from '@hearth/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { Allocation, Family, StatusChange, Worker } from './entities/index.ts';
import { today } from './family-changes.ts';

/**
 * Makes a worker the family's one lead worker: the current allocation (if
 * any) ends today and a new one starts, so the history of who led the family
 * is kept. An eligible family becomes allocated in the same step.
 */
export async function allocate(tx: EntityManager, family: Family, workerId: string, reason: string, by: string): Promise<void> {
  const worker = await tx.getRepository(Worker).findOneBy({ id: workerId });
  if (!worker || worker.role !== 'LEAD_WORKER') throw badInput(`No lead worker with id ${workerId}`, { field: 'workerId' });
  if (family.leadWorkerId === worker.id) throw badInput(`${worker.name} is already the lead worker for ${family.reference}`, { field: 'workerId' });
  if (['CLOSED', 'DECLINED'].includes(family.status)) throw badInput(`${family.reference} is ${family.status.toLowerCase()}; reopen it before allocating`);

  await tx.getRepository(Allocation).update({ familyId: family.id, endedOn: IsNull() }, { endedOn: today() });
  await tx.getRepository(Allocation).insert({ familyId: family.id, workerId: worker.id, allocatedOn: today(), reason, allocatedBy: by });
  const status = family.status === 'ELIGIBLE' ? 'ALLOCATED' : family.status;
  await tx.getRepository(Family).update({ id: family.id }, { leadWorkerId: worker.id, status });
  if (status !== family.status) {
    await tx.getRepository(StatusChange).insert({
      familyId: family.id,
      fromStatus: family.status,
      toStatus: status,
      reason: `Lead worker allocated: ${worker.name}`,
      changedOn: today(),
      changedBy: by,
    });
  }
}
