import type { Identity, Role } from '@hearth/auth';
import { requireRole } from '@hearth/subgraph-kit';

/**
 * Progress is recorded by the people doing the casework and those who oversee
 * it. Partners and analysts read it but do not write it: a results claim rests
 * on these records.
 */
export const PROGRESS_RECORDING_ROLES: readonly Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER'];

export function requireMayRecordProgress(identity: Identity): void {
  requireRole(identity, PROGRESS_RECORDING_ROLES, 'record outcome progress');
}
