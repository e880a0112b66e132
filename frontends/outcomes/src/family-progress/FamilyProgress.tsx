import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { knownViewer, type Viewer } from '../viewer.ts';
import { ProgressSection } from './ProgressSection.tsx';

export interface FamilyProgressProps {
  session: GatewaySession;
  familyId: string;
  /** Who is signed in; read from the token when the host does not say. */
  viewer?: Viewer | null;
}

/** Where the family stands against each measure of the Outcomes Plan, and recording where it stands now. */
export default function FamilyProgress({ session, familyId, viewer }: FamilyProgressProps) {
  return (
    <GatewayProvider session={session}>
      <ProgressSection familyId={familyId} viewer={knownViewer(session, viewer)} />
    </GatewayProvider>
  );
}
