import { Button, FormPanel, Table, Tag, type Column } from '@hearth/ui';
import { useState } from 'react';
import { caseloadInWords, type WorkerCaseload } from '../allocation/worker-caseload.ts';
import { CaseloadLimitForm } from '../caseload-limit/CaseloadLimitForm.tsx';

const CASELOAD_COLUMNS: Column<WorkerCaseload>[] = [
  { header: 'Lead worker', cell: (caseload) => caseload.worker.name },
  { header: 'Families led', cell: (caseload) => caseloadInWords(caseload) },
  { header: 'Against their limit', cell: (caseload) => (caseload.overLimit ? <Tag colour="red">Over their limit</Tag> : <Tag colour="green">Within their limit</Tag>) },
];

function CaseloadTable({ caption, workers, action }: { caption: string; workers: WorkerCaseload[]; action?: Column<WorkerCaseload> }) {
  return <Table caption={caption} captionHidden rowKey={(caseload) => caseload.worker.id} rows={workers} columns={action ? [...CASELOAD_COLUMNS, action] : CASELOAD_COLUMNS} />;
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

export interface AreaWorkersProps {
  area: string;
  workers: WorkerCaseload[];
  onLimitSaved: (message: string) => void;
  onReload: () => void;
}

const limitButtonId = (caseload: WorkerCaseload) => `change-limit-${caseload.worker.id}`;

export function AreaWorkers({ area, workers, onLimitSaved, onReload }: AreaWorkersProps) {
  const [changing, setChanging] = useState<string | null>(null);
  const current = workers.find((caseload) => caseload.worker.id === changing);
  const cancel = () => {
    setChanging(null);
    if (current) requestAnimationFrame(() => document.getElementById(limitButtonId(current))?.focus());
  };
  const action: Column<WorkerCaseload> = {
    header: 'Action',
    cell: (caseload) => (
      <Button variant="secondary" id={limitButtonId(caseload)} className="hearth-table-action" aria-controls="caseload-limit-form" aria-expanded={changing === caseload.worker.id} onClick={() => setChanging(caseload.worker.id)}>
        Change limit <span className="govuk-visually-hidden">for {caseload.worker.name}</span>
      </Button>
    ),
  };
  return (
    <section aria-labelledby="area-workers-heading" className="govuk-!-margin-bottom-8" data-section="area-workers">
      <h2 className="govuk-heading-l" id="area-workers-heading">
        Lead workers in {area}
      </h2>
      {workers.length === 0 ? (
        <p className="govuk-body">No lead worker works in {area}.</p>
      ) : (
        <CaseloadTable caption={`Every lead worker in ${area}, with the families they lead against their limit`} workers={workers} action={action} />
      )}
      {current && (
        <FormPanel key={current.worker.id} id="caseload-limit-form" title={`Caseload limit for ${current.worker.name}`}>
          <CaseloadLimitForm
            caseload={current}
            onSaved={(message) => {
              setChanging(null);
              onLimitSaved(message);
            }}
            onCancel={cancel}
            onReload={onReload}
          />
        </FormPanel>
      )}
    </section>
  );
}
