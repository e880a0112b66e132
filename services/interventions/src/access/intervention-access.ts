import type { Identity, Role } from '@hearth/auth';
import { forbidden, requireRole } from '@hearth/subgraph-kit';

/** Everyone who works with families may record interventions; analysts only read. */
const RECORDING_ROLES: readonly Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER'];

export function requireMayRecordInterventions(identity: Identity, action: string): void {
  requireRole(identity, RECORDING_ROLES, action);
}

/**
 * A partner agency's worker speaks for their own agency only, so one agency
 * cannot record (or close) work in another agency's name.
 */
export function requireOwnAgencyIfPartner(identity: Identity, leadAgencyId: string, action: string): void {
  if (identity.role === 'PARTNER' && identity.agencyId?.toLowerCase() !== leadAgencyId.toLowerCase()) {
    throw forbidden(`As a partner you can only ${action} led by your own agency`);
  }
}
