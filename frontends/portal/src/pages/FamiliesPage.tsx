import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function FamiliesPage() {
  usePageTitle('Families');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Families</h1>
      <RemoteSection remote="families" module="./FamilyList" section="Families" headingWhenFailed={false} props={{ session: gateway, familyHref: (id: string) => `/families/${id}` }} />
    </>
  );
}
