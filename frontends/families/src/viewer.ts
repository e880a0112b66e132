import type { Identity, Role } from '@hearth/client';

/** Who is looking, as the host knows them: enough to decide what to offer (the server decides what is allowed). */
export type Viewer = Pick<Identity, 'sub' | 'name' | 'role' | 'areas'>;

/** The council's own casework (status, case notes, consent, agencies): the lead worker, co-ordinators and managers. */
export const doesCasework = (role: Role) => role === 'LEAD_WORKER' || role === 'COORDINATOR' || role === 'MANAGER';

/** Who allocates lead workers and oversees caseloads. */
export const allocates = (role: Role) => role === 'COORDINATOR' || role === 'MANAGER';

/** Lifting a restricted marker is a manager's decision: it can put an address back in front of the person it was kept from. */
export const liftsMarkers = (role: Role) => role === 'MANAGER';
