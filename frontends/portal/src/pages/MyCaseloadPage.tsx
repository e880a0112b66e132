import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function MyCaseloadPage() {
  usePageTitle('My caseload');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">My caseload</h1>
      <p className="govuk-body-l">The families you lead, the one gone longest without contact first.</p>
      <RemoteSection remote="families" module="./MyCaseload" section="My caseload" headingWhenFailed={false} props={{ session: gateway, familyHref: (id: string) => `/families/${id}` }} />
    </>
  );
}
