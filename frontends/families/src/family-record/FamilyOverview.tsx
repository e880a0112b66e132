import { GatewayProvider } from '@hearth/client/react';
import { WithViewer, type ExposedProps } from '../viewer-props.tsx';
import { FamilyRecord } from './FamilyRecord.tsx';

export interface FamilyOverviewProps extends ExposedProps {
  familyId: string;
}

/** The families subgraph's part of the family page: household to case notes, with what the viewer's role may do. */
export default function FamilyOverview({ session, viewer, familyId }: FamilyOverviewProps) {
  return (
    <GatewayProvider session={session}>
      <WithViewer session={session} viewer={viewer}>
        {(known) => <FamilyRecord familyId={familyId} viewer={known} />}
      </WithViewer>
    </GatewayProvider>
  );
}
