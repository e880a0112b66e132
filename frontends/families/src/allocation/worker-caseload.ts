import type { WorkerCaseloadFieldsFragment } from '@hearth/client';

export type WorkerCaseload = WorkerCaseloadFieldsFragment;

/** "7 of 12": how the programme speaks of a caseload against its limit. */
export function caseloadInWords({ caseloadCount, caseloadLimit }: Pick<WorkerCaseload, 'caseloadCount' | 'caseloadLimit'>): string {
  return `${caseloadCount} of ${caseloadLimit}`;
}

/** A choice in the lead worker select: the caseload is part of the choice, and being over the limit is said in words. */
export function workerOptionLabel(caseload: WorkerCaseload): string {
  return `${caseload.worker.name} – ${caseloadInWords(caseload)}${caseload.overLimit ? ' (over their limit)' : ''}`;
}
