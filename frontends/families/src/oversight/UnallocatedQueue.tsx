import type { CaseloadOversightQuery } from '@hearth/client';
import { Button, formatDate, FormPanel, Table } from '@hearth/ui';
import { useState } from 'react';
import { AllocationForm } from '../allocation/AllocationForm.tsx';
import type { WorkerCaseload } from '../allocation/worker-caseload.ts';
import { FamilyStatusTag } from '../family-status.tsx';

type Waiting = CaseloadOversightQuery['caseloadOversight']['unallocated'][number];

export interface UnallocatedQueueProps {
  area: string;
  families: Waiting[];
  workers: WorkerCaseload[];
  familyHref: (id: string) => string;
  onAllocated: (message: string) => void;
  onReload: () => void;
}

const allocateButtonId = (family: Waiting) => `allocate-${family.id}`;

/** Families waiting for a lead worker, the longest waiting first, each allocated from here. */
export function UnallocatedQueue({ area, families, workers, familyHref, onAllocated, onReload }: UnallocatedQueueProps) {
  const [allocating, setAllocating] = useState<Waiting | null>(null);
  const current = allocating && families.find((family) => family.id === allocating.id);
  const cancel = () => {
    const button = allocating && allocateButtonId(allocating);
    setAllocating(null);
    if (button) requestAnimationFrame(() => document.getElementById(button)?.focus());
  };
  return (
    <section aria-labelledby="unallocated-heading" className="govuk-!-margin-bottom-8" data-section="unallocated">
      <h2 className="govuk-heading-l" id="unallocated-heading">
        Waiting for a lead worker ({families.length})
      </h2>
      {families.length === 0 ? (
        <p className="govuk-body">No family in {area} is waiting for a lead worker.</p>
      ) : (
        <Table
          caption={`Families in ${area} waiting for a lead worker, the longest waiting first`}
          captionHidden
          rowKey={(family) => family.id}
          rows={families}
          columns={[
            { header: 'Family', nowrap: true, cell: (family) => <a className="govuk-link" href={familyHref(family.id)}>{family.reference}</a> },
            { header: 'Parents or carers', cell: (family) => family.members.filter((member) => member.role === 'PARENT_CARER').map((member) => member.fullName).join(', ') || '–' },
            { header: 'Status', cell: (family) => <FamilyStatusTag status={family.status} /> },
            { header: 'In the programme since', nowrap: true, cell: (family) => formatDate(family.createdAt) },
            {
              header: 'Action',
              cell: (family) => (
                <Button variant="secondary" id={allocateButtonId(family)} className="hearth-table-action" aria-controls="allocate-form" aria-expanded={allocating?.id === family.id} onClick={() => setAllocating(family)}>
                  Allocate{' '}
                  <span className="govuk-visually-hidden">{family.reference}</span>
                </Button>
              ),
            },
          ]}
        />
      )}
      {current && (
        <FormPanel key={current.id} id="allocate-form" title={`Allocate ${current.reference} to a lead worker`}>
          <AllocationForm
            family={current}
            workers={workers}
            idPrefix="allocate"
            onAllocated={(message) => {
              setAllocating(null);
              onAllocated(message);
            }}
            onCancel={cancel}
            onReload={onReload}
          />
        </FormPanel>
      )}
    </section>
  );
}
