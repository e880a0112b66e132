import { StandalonePage } from '@hearth/ui';
import PartnerWidget from '../widget/PartnerWidget.tsx';

/** The widget on its own page, signed in as one of the demo partner workers. */
export function PartnerStandalone({ gatewayUrl }: { gatewayUrl: string }) {
  return (
    <StandalonePage title="Partner widget" gatewayUrl={gatewayUrl} roles={['PARTNER']}>
      {(session) => (
        <>
          <h1 className="govuk-heading-xl">Your agency’s families</h1>
          <PartnerWidget gatewayUrl={session.gatewayUrl} token={session.token} />
        </>
      )}
    </StandalonePage>
  );
}
