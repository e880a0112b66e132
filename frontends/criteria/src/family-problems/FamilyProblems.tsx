import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { knownViewer, recordsEvidence, type Viewer } from '../viewer.ts';
import { ProblemsWithEvidence } from './ProblemsWithEvidence.tsx';

export interface FamilyProblemsProps {
  session: GatewaySession;
  familyId: string;
  /** Who is signed in; read from the token when the host does not say. */
  viewer?: Viewer | null;
}

/** The headline problems a family has, the evidence for each, and whether that makes it eligible; recording more, for those who may. */
export default function FamilyProblems({ session, familyId, viewer }: FamilyProblemsProps) {
  const known = knownViewer(session, viewer);
  return (
    <GatewayProvider session={session}>
      <ProblemsWithEvidence familyId={familyId} mayRecord={known !== null && recordsEvidence(known.role)} />
    </GatewayProvider>
  );
}
