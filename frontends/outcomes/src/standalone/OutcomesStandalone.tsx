import { FamilyPicker, StandalonePage, useHashRoute } from '@hearth/ui';
import FamilyProgress from '../family-progress/FamilyProgress.tsx';
import OutcomesPlan from '../plan/OutcomesPlan.tsx';

/** The Outcomes Plan, and a family's progress at #/families/<id>, as the portal would show them. */
export function OutcomesStandalone({ gatewayUrl }: { gatewayUrl: string }) {
  const familyId = useHashRoute().match(/^\/families\/([^/]+)$/)?.[1];
  return (
    <StandalonePage title="Outcomes" gatewayUrl={gatewayUrl}>
      {(session) =>
        familyId ? (
          <>
            <a href="#/" className="govuk-back-link">
              Outcomes Plan
            </a>
            <h1 className="govuk-heading-xl">A family’s progress</h1>
            <FamilyProgress session={session} familyId={familyId} />
          </>
        ) : (
          <>
            <h1 className="govuk-heading-xl">Outcomes Plan</h1>
            <FamilyPicker session={session} />
            <OutcomesPlan session={session} />
          </>
        )
      }
    </StandalonePage>
  );
}
