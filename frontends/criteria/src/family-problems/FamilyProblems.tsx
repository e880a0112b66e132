import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { ProblemsWithEvidence } from './ProblemsWithEvidence.tsx';

export interface FamilyProblemsProps {
  session: GatewaySession;
  familyId: string;
}

/** The headline problems a family has, the evidence for each, and whether that makes it eligible. */
export default function FamilyProblems({ session, familyId }: FamilyProblemsProps) {
  return (
    <GatewayProvider session={session}>
      <ProblemsWithEvidence familyId={familyId} />
    </GatewayProvider>
  );
}
