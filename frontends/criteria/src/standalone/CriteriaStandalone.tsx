import { FamilyPicker, StandalonePage, useHashRoute } from '@hearth/ui';
import HeadlineProblemsCatalogue from '../catalogue/HeadlineProblemsCatalogue.tsx';
import FamilyProblems from '../family-problems/FamilyProblems.tsx';

/** The catalogue, and a family's problems at #/families/<id>, as the portal would show them. */
export function CriteriaStandalone({ gatewayUrl }: { gatewayUrl: string }) {
  const familyId = useHashRoute().match(/^\/families\/([^/]+)$/)?.[1];
  return (
    <StandalonePage title="Headline problems" gatewayUrl={gatewayUrl}>
      {(session) =>
        familyId ? (
          <>
            <a href="#/" className="govuk-back-link">
              Headline problems
            </a>
            <h1 className="govuk-heading-xl">A family’s headline problems</h1>
            <FamilyProblems session={session} familyId={familyId} />
          </>
        ) : (
          <>
            <h1 className="govuk-heading-xl">Headline problems</h1>
            <FamilyPicker session={session} />
            <HeadlineProblemsCatalogue session={session} />
          </>
        )
      }
    </StandalonePage>
  );
}
