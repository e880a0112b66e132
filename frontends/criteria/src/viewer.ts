import { identityFromToken, type GatewaySession, type Identity, type Role } from '@hearth/client';

/** Who is looking, as the host knows them: enough to decide what to offer (the subgraph decides what is allowed). */
export type Viewer = Pick<Identity, 'sub' | 'name' | 'role' | 'areas'>;

/** The host names the viewer; a page opened on its own reads them from the token. */
export function knownViewer(session: GatewaySession, viewer: Viewer | null | undefined): Viewer | null {
  return viewer ?? identityFromToken(session.token);
}

/** As the criteria subgraph's EVIDENCE_RECORDERS: everyone working with families records what they have seen; analysts only read. */
export const recordsEvidence = (role: Role) => role === 'LEAD_WORKER' || role === 'COORDINATOR' || role === 'MANAGER' || role === 'PARTNER';
