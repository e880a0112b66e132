import { identityFromToken, type GatewaySession, type Identity, type Role } from '@hearth/client';

/** Who is looking, as the host knows them: enough to decide what to offer (the subgraph decides what is allowed). */
export type Viewer = Pick<Identity, 'role'>;

/** The host names the viewer; a page opened on its own reads them from the token. */
export function knownViewer(session: GatewaySession, viewer: Viewer | null | undefined): Viewer | null {
  return viewer ?? identityFromToken(session.token);
}

/** As the outcomes subgraph's PROGRESS_RECORDING_ROLES: a results claim rests on these records, so partners and analysts only read them. */
const RECORDING_ROLES: readonly Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER'];

export const mayRecordProgress = (viewer: Viewer | null): boolean => viewer !== null && RECORDING_ROLES.includes(viewer.role);
