import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { CaseloadTable } from './CaseloadTable.tsx';

export interface MyCaseloadProps {
  session: GatewaySession;
  familyHref?: (familyId: string) => string;
}

/** A lead worker's own families, with how long since each was last in contact. */
export default function MyCaseload({ session, familyHref = (id) => `#/families/${id}` }: MyCaseloadProps) {
  return (
    <GatewayProvider session={session}>
      <CaseloadTable familyHref={familyHref} />
    </GatewayProvider>
  );
}
