import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function OversightPage() {
  usePageTitle('Oversight');
  const { gateway, user } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Oversight</h1>
      <p className="govuk-body-l">Families waiting for a lead worker, caseloads against their limits, and families with no recent contact.</p>
      <RemoteSection
        remote="families"
        module="./CaseloadOversight"
        section="Oversight"
        headingWhenFailed={false}
        props={{ session: gateway, viewer: user, familyHref: (id: string) => `/families/${id}` }}
      />
    </>
  );
}
