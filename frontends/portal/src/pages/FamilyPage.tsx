import { isGatewayError } from '@hearth/client';
import { GatewayProvider, useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage } from '@hearth/ui';
import { useParams } from 'react-router';
import { familiesHomeFor } from '../layout/navigation.ts';
import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';
import { FamilyHeadingQuery } from './family-heading.query.ts';

/** One family, whole: each section comes from the remote (and the subgraph) that owns it. */
export function FamilyPage() {
  const { familyId = '' } = useParams();
  const { gateway, user } = useSignedInSession();
  const back = familiesHomeFor(user.role);
  return (
    <GatewayProvider session={gateway}>
      <a href={back.href} className="govuk-back-link">
        {back.text}
      </a>
      <FamilyOrNotFound familyId={familyId} />
    </GatewayProvider>
  );
}

function FamilyOrNotFound({ familyId }: { familyId: string }) {
  const { gateway, user } = useSignedInSession();
  const result = useGatewayQuery(FamilyHeadingQuery, { id: familyId });
  const reference = result.status === 'success' ? result.data.family?.reference : undefined;
  const notFound = (result.status === 'success' && !reference) || (result.status === 'error' && isGatewayError(result.error, 'NOT_FOUND'));
  usePageTitle(notFound ? 'Family not found' : reference ? `Family ${reference}` : 'Family');

  if (result.status === 'loading') return <Loading what="the family" />;
  // A family the worker may not see is, to them, a family that does not exist: Hearth says neither more nor less.
  if (notFound) return <FamilyNotFound />;
  if (result.status === 'error') {
    return (
      <>
        <h1 className="govuk-heading-xl">Family record</h1>
        <ProblemMessage title="The family could not be shown">
          <p className="govuk-body">{result.error.message}</p>
        </ProblemMessage>
      </>
    );
  }
  const props = { session: gateway, familyId };
  return (
    <>
      <span className="govuk-caption-xl">Family</span>
      <h1 className="govuk-heading-xl">{reference}</h1>
      <RemoteSection remote="families" module="./FamilyOverview" section="Household" props={{ ...props, viewer: user }} />
      <RemoteSection remote="criteria" module="./FamilyProblems" section="Headline problems" props={{ ...props, viewer: user }} />
      <RemoteSection remote="interventions" module="./FamilyInterventions" section="Interventions" props={{ ...props, viewer: user }} />
      <RemoteSection remote="outcomes" module="./FamilyProgress" section="Progress against the Outcomes Plan" props={{ ...props, viewer: user }} />
      {user.role === 'MANAGER' && <RemoteSection remote="families" module="./AuditTrail" section="Audit trail" props={props} />}
    </>
  );
}

function FamilyNotFound() {
  return (
    <>
      <h1 className="govuk-heading-xl">Family not found</h1>
      <p className="govuk-body">There is no family with this reference that you can see.</p>
      <p className="govuk-body">If you were given the link by a colleague, your agency may not work with the family, or the family may not have agreed to share its information with your agency.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/search">
          Search for a family
        </a>
      </p>
    </>
  );
}
