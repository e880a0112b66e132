import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function HeadlineProblemsPage() {
  usePageTitle('Headline problems');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Headline problems</h1>
      <p className="govuk-body-l">A family is identified by the headline problems it has; each is shown by one or more indicators, from data matching or an agency nomination.</p>
      <RemoteSection remote="criteria" module="./HeadlineProblemsCatalogue" section="Headline problems" headingWhenFailed={false} props={{ session: gateway }} />
    </>
  );
}
