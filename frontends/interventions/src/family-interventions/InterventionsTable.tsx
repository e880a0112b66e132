import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { formatDate, Loading, ProblemMessage, Table } from '@hearth/ui';
import { FamilyInterventionsQuery } from './family-interventions.query.ts';
import { InterventionStatusTag } from './InterventionStatusTag.tsx';

export function InterventionsTable({ familyId }: { familyId: string }) {
  const result = useGatewayQuery(FamilyInterventionsQuery, { id: familyId });
  if (result.status === 'loading') return <Loading what="interventions" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? 'There is no family here that you can see' : 'Interventions could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const interventions = result.data.family?.interventions ?? [];
  return (
    <section aria-labelledby="family-interventions-heading" data-section="family-interventions">
      <h2 className="govuk-heading-l" id="family-interventions-heading">
        Interventions
      </h2>
      {interventions.length === 0 ? (
        <p className="govuk-body">No interventions have been started for this family.</p>
      ) : (
        <Table
          caption="The family’s interventions"
          captionHidden
          rowKey={(intervention) => intervention.id}
          rows={interventions}
          columns={[
            { header: 'Model', cell: (intervention) => `${intervention.model.number}. ${intervention.model.name}` },
            { header: 'Status', cell: (intervention) => <InterventionStatusTag status={intervention.status} /> },
            { header: 'Lead agency', cell: (intervention) => intervention.leadAgency.name },
            { header: 'Started', cell: (intervention) => formatDate(intervention.startedOn) },
            { header: 'Ended', cell: (intervention) => (intervention.endedOn ? formatDate(intervention.endedOn) : 'Not ended') },
          ]}
        />
      )}
    </section>
  );
}
