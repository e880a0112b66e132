import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { InterventionsTable } from './InterventionsTable.tsx';

export interface FamilyInterventionsProps {
  session: GatewaySession;
  familyId: string;
}

/** What the family's plan draws on: each intervention, its model, its lead agency and where it stands. */
export default function FamilyInterventions({ session, familyId }: FamilyInterventionsProps) {
  return (
    <GatewayProvider session={session}>
      <InterventionsTable familyId={familyId} />
    </GatewayProvider>
  );
}
