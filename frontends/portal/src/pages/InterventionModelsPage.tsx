import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

export function InterventionModelsPage() {
  usePageTitle('Intervention models');
  const { gateway } = useSignedInSession();
  return (
    <>
      <h1 className="govuk-heading-xl">Intervention models</h1>
      <p className="govuk-body-l">The six models of intervention a family’s plan can use, from a brief intervention to employability support.</p>
      <RemoteSection remote="interventions" module="./InterventionModels" section="Intervention models" headingWhenFailed={false} props={{ session: gateway }} />
    </>
  );
}
