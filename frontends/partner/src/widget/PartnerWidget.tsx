import { GatewayProvider, useGatewayQuery } from '@hearth/client/react';
import { AgencyFamilies } from '../agency-families/AgencyFamilies.tsx';
import { AgencyFamiliesQuery } from '../agency-families/agency-families.query.ts';
import { NominationForm } from '../nomination/NominationForm.tsx';

/** What a partner agency's host hands the widget: where Hearth is, and its worker's Hearth token. */
export interface PartnerWidgetProps {
  gatewayUrl: string;
  token: string;
}

/** The partner agency's window on Hearth: the families it works with, and a way to nominate one. */
export default function PartnerWidget({ gatewayUrl, token }: PartnerWidgetProps) {
  return (
    <GatewayProvider session={{ gatewayUrl, token }}>
      <PartnerView />
    </GatewayProvider>
  );
}

function PartnerView() {
  const families = useGatewayQuery(AgencyFamiliesQuery, {});
  return (
    <div className="hearth-partner-widget">
      <AgencyFamilies result={families} />
      <NominationForm onNominated={families.refetch} />
    </div>
  );
}
