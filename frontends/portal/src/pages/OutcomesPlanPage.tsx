import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function OutcomesPlanPage() {
  usePageTitle('Outcomes Plan');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Outcomes Plan</h1>
      <p className="govuk-body-l">What counts as significant and sustained progress against each headline problem, and continuous employment, for a results claim.</p>
      <RemoteSection remote="outcomes" module="./OutcomesPlan" section="Outcomes Plan" headingWhenFailed={false} props={{ session: gateway }} />
    </>
  );
}
