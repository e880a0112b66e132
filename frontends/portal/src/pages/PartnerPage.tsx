import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

/** The partner widget, as a partner agency's worker signed in to the portal sees it. */
export function PartnerPage() {
  usePageTitle('Your agency’s families');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Your agency’s families</h1>
      <RemoteSection remote="partner" module="./PartnerWidget" section="Your agency’s families" headingWhenFailed={false} props={{ gatewayUrl: gateway.gatewayUrl, token: gateway.token }} />
    </>
  );
}
