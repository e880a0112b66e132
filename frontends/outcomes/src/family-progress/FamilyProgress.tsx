import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { ProgressTable } from './ProgressTable.tsx';

export interface FamilyProgressProps {
  session: GatewaySession;
  familyId: string;
}

/** Where the family stands against each measure of the Outcomes Plan. */
export default function FamilyProgress({ session, familyId }: FamilyProgressProps) {
  return (
    <GatewayProvider session={session}>
      <ProgressTable familyId={familyId} />
    </GatewayProvider>
  );
}
