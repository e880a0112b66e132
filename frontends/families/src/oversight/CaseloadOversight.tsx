import { GatewayProvider } from '@hearth/client/react';
import { WithViewer, type ExposedProps } from '../viewer-props.tsx';
import { OversightPage } from './OversightPage.tsx';

export interface CaseloadOversightProps extends ExposedProps {
  familyHref?: (familyId: string) => string;
}

/** A co-ordinator's view of an area: families waiting for a lead worker, caseloads against limits, families gone quiet. */
export default function CaseloadOversight({ session, viewer, familyHref = (id) => `#/families/${id}` }: CaseloadOversightProps) {
  return (
    <GatewayProvider session={session}>
      <WithViewer session={session} viewer={viewer}>
        {(known) => <OversightPage viewer={known} familyHref={familyHref} />}
      </WithViewer>
    </GatewayProvider>
  );
}
