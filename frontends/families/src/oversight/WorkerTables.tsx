import { Table, Tag } from '@hearth/ui';
import { caseloadInWords, type WorkerCaseload } from '../allocation/worker-caseload.ts';

function CaseloadTable({ caption, workers }: { caption: string; workers: WorkerCaseload[] }) {
  return (
    <Table
      caption={caption}
      captionHidden
      rowKey={(caseload) => caseload.worker.id}
      rows={workers}
      columns={[
        { header: 'Lead worker', cell: (caseload) => caseload.worker.name },
        { header: 'Families led', cell: (caseload) => caseloadInWords(caseload) },
        { header: 'Against their limit', cell: (caseload) => (caseload.overLimit ? <Tag colour="red">Over their limit</Tag> : <Tag colour="green">Within their limit</Tag>) },
      ]}
    />
  );
}

export function OverLimitWorkers({ area, workers }: { area: string; workers: WorkerCaseload[] }) {
  return (
    <section aria-labelledby="over-limit-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="over-limit-heading">
        Lead workers over their limit
      </h2>
      {workers.length === 0 ? (
        <p className="govuk-body">No lead worker in {area} leads more families than their limit.</p>
      ) : (
        <CaseloadTable caption={`Lead workers in ${area} over their caseload limit, the furthest over first`} workers={workers} />
      )}
    </section>
  );
}

export function AreaWorkers({ area, workers }: { area: string; workers: WorkerCaseload[] }) {
  return (
    <section aria-labelledby="area-workers-heading" className="govuk-!-margin-bottom-8" data-section="area-workers">
      <h2 className="govuk-heading-l" id="area-workers-heading">
        Lead workers in {area}
      </h2>
      {workers.length === 0 ? (
        <p className="govuk-body">No lead worker works in {area}.</p>
      ) : (
        <CaseloadTable caption={`Every lead worker in ${area}, with the families they lead against their limit`} workers={workers} />
      )}
    </section>
  );
}
