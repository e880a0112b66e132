import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, Table } from '@hearth/ui';
import { InterventionModelsQuery } from './intervention-models.query.ts';

export function ModelsTable() {
  const result = useGatewayQuery(InterventionModelsQuery, {});
  if (result.status === 'loading') return <Loading what="the intervention models" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The intervention models could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  return (
    <section data-section="intervention-models">
      <Table
        caption="The six models of intervention"
        rowKey={(model) => model.code}
        rows={result.data.interventionModels}
        columns={[
          { header: 'Model', cell: (model) => `${model.number}. ${model.name}` },
          { header: 'What it is', cell: (model) => model.description },
        ]}
      />
    </section>
  );
}
