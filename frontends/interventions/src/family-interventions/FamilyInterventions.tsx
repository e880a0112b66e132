import { identityFromToken, type GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { InterventionsSection } from './InterventionsSection.tsx';
import type { Viewer } from './viewer.ts';

export interface FamilyInterventionsProps {
  session: GatewaySession;
  familyId: string;
  /** Who is signed in, as the host knows them; read from the token when the host does not say. */
  viewer?: Viewer | null;
}

/** What the family's plan draws on: each intervention, its model, its lead agency and where it stands. */
export default function FamilyInterventions({ session, familyId, viewer }: FamilyInterventionsProps) {
  const known = viewer ?? identityFromToken(session.token);
  return (
    <GatewayProvider session={session}>
      <InterventionsSection familyId={familyId} viewer={known} />
    </GatewayProvider>
  );
}
