import { type GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { FamilyTable } from './FamilyTable.tsx';

export interface FamilyListProps {
  session: GatewaySession;
  /** Where a family's page is in the host; each reference links there. */
  familyHref?: (familyId: string) => string;
  pageSize?: number;
}

/** The families the signed-in worker may see, a page at a time, by reference. */
export default function FamilyList({ session, familyHref = (id) => `#/families/${id}`, pageSize = 20 }: FamilyListProps) {
  return (
    <GatewayProvider session={session}>
      <FamilyTable familyHref={familyHref} pageSize={pageSize} />
    </GatewayProvider>
  );
}
