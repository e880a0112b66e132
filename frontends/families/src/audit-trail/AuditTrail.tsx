import type { GatewaySession } from '@hearth/client';
import { GatewayProvider } from '@hearth/client/react';
import { AuditTable } from './AuditTable.tsx';

export interface AuditTrailProps {
  session: GatewaySession;
  familyId: string;
  pageSize?: number;
}

/** For managers: who has read and changed this family's record, and why they broke glass. */
export default function AuditTrail({ session, familyId, pageSize = 20 }: AuditTrailProps) {
  return (
    <GatewayProvider session={session}>
      <section aria-labelledby="audit-trail-heading" data-section="audit-trail">
        <h2 className="govuk-heading-l" id="audit-trail-heading">
          Audit trail
        </h2>
        <AuditTable familyId={familyId} pageSize={pageSize} />
      </section>
    </GatewayProvider>
  );
}
