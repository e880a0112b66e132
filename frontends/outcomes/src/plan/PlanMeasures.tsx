import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, Table } from '@hearth/ui';
import { problemTitle, ROUTE_NAMES } from '../routes.ts';
import { OutcomesPlanQuery } from './outcomes-plan.query.ts';

export function PlanMeasures() {
  const result = useGatewayQuery(OutcomesPlanQuery, {});
  if (result.status === 'loading') return <Loading what="the Outcomes Plan" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The Outcomes Plan could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const { outcomesPlan, headlineProblems } = result.data;
  return (
    <section aria-labelledby="outcomes-plan-heading" data-section="outcomes-plan">
      <h2 className="govuk-heading-l" id="outcomes-plan-heading">
        {outcomesPlan.name}
      </h2>
      <Table
        caption={`Measures of the ${outcomesPlan.name}`}
        captionHidden
        rowKey={(measure) => measure.code}
        rows={outcomesPlan.measures}
        columns={[
          { header: 'Headline problem', cell: (measure) => problemTitle(headlineProblems, measure.problemCode) },
          { header: 'What counts', cell: (measure) => measure.description },
          { header: 'Route', cell: (measure) => ROUTE_NAMES[measure.route] },
          { header: 'Sustained for', numeric: true, cell: (measure) => `${measure.sustainedForWeeks} weeks` },
        ]}
      />
    </section>
  );
}
