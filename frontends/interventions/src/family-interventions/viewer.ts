import type { Identity, Role } from '@hearth/client';

/** Who is looking, as the host knows them: enough to decide what to offer (the subgraph decides what is allowed). */
export type Viewer = Pick<Identity, 'role' | 'agencyId'>;

/** As the interventions subgraph's access rules have it: everyone who works with families records interventions; analysts only read. */
const RECORDING_ROLES: readonly Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER'];

/**
 * A partner agency's worker speaks for their own agency only, so one without an agency can record nothing;
 * nor can someone the page cannot place (the gateway would refuse them anyway).
 */
export function mayStartInterventions(viewer: Viewer | null): viewer is Viewer {
  return viewer !== null && RECORDING_ROLES.includes(viewer.role) && (viewer.role !== 'PARTNER' || Boolean(viewer.agencyId));
}

/** A partner may end only the work their own agency leads. */
export function mayEndIntervention(viewer: Viewer | null, leadAgencyId: string): boolean {
  return mayStartInterventions(viewer) && (viewer.role !== 'PARTNER' || viewer.agencyId?.toLowerCase() === leadAgencyId.toLowerCase());
}
