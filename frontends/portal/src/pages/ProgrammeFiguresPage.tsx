import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function ProgrammeFiguresPage() {
  usePageTitle('Programme figures');
  const { gateway, user } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Programme figures</h1>
      <RemoteSection remote="families" module="./ProgrammeFigures" section="Programme figures" headingWhenFailed={false} props={{ session: gateway, viewer: user }} />
    </>
  );
}
