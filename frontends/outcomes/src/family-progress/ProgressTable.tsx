import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { formatDate, Loading, ProblemMessage, Table } from '@hearth/ui';
import { problemTitle, ROUTE_NAMES } from '../routes.ts';
import { FamilyProgressQuery } from './family-progress.query.ts';
import { ProgressStatusTag } from './ProgressStatusTag.tsx';

export function ProgressTable({ familyId }: { familyId: string }) {
  const result = useGatewayQuery(FamilyProgressQuery, { id: familyId });
  if (result.status === 'loading') return <Loading what="progress" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? 'There is no family here that you can see' : 'Progress could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const progress = result.data.family?.outcomeProgress ?? [];
  return (
    <section aria-labelledby="family-progress-heading" data-section="family-progress">
      <h2 className="govuk-heading-l" id="family-progress-heading">
        Progress against the Outcomes Plan
      </h2>
      {progress.length === 0 ? (
        <p className="govuk-body">No progress has been recorded against the Outcomes Plan yet.</p>
      ) : (
        <Table
          caption="The family’s progress, measure by measure"
          captionHidden
          rowKey={(item) => item.id}
          rows={progress}
          columns={[
            { header: 'Headline problem', cell: (item) => problemTitle(result.data.headlineProblems, item.problemCode) },
            { header: 'Measure', cell: (item) => `${item.measure.description} (${ROUTE_NAMES[item.measure.route].toLowerCase()})` },
            { header: 'Status', cell: (item) => <ProgressStatusTag status={item.status} /> },
            { header: 'Note', cell: (item) => item.note ?? '' },
            { header: 'Updated', cell: (item) => formatDate(item.updatedAt) },
          ]}
        />
      )}
    </section>
  );
}
