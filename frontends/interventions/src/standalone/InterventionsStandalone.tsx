import { FamilyPicker, StandalonePage, useHashRoute } from '@hearth/ui';
import FamilyInterventions from '../family-interventions/FamilyInterventions.tsx';
import InterventionModels from '../models/InterventionModels.tsx';

/** The six models, and a family's interventions at #/families/<id>, as the portal would show them. */
export function InterventionsStandalone({ gatewayUrl }: { gatewayUrl: string }) {
  const familyId = useHashRoute().match(/^\/families\/([^/]+)$/)?.[1];
  return (
    <StandalonePage title="Interventions" gatewayUrl={gatewayUrl}>
      {(session) =>
        familyId ? (
          <>
            <a href="#/" className="govuk-back-link">
              Intervention models
            </a>
            <h1 className="govuk-heading-xl">A family’s interventions</h1>
            <FamilyInterventions session={session} familyId={familyId} />
          </>
        ) : (
          <>
            <h1 className="govuk-heading-xl">Intervention models</h1>
            <FamilyPicker session={session} />
            <InterventionModels session={session} />
          </>
        )
      }
    </StandalonePage>
  );
}
