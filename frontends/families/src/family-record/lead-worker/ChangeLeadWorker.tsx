import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage } from '@hearth/ui';
import { LeadWorkerChoicesQuery } from '../../allocation/allocation.query.ts';
import { AllocationForm } from '../../allocation/AllocationForm.tsx';
import type { FamilyRecord } from '../record.ts';

export interface ChangeLeadWorkerProps {
  family: FamilyRecord;
  onAllocated: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The lead workers of the family's own area, with their caseloads, to choose from. */
export function ChangeLeadWorker({ family, onAllocated, onCancel, onReload }: ChangeLeadWorkerProps) {
  const choices = useGatewayQuery(LeadWorkerChoicesQuery, { area: family.area });
  if (choices.status === 'loading') return <Loading what={`the lead workers in ${family.area}`} />;
  if (choices.status === 'error') {
    return (
      <ProblemMessage title={`The lead workers in ${family.area} could not be listed`}>
        <p className="govuk-body">{choices.error.message}</p>
      </ProblemMessage>
    );
  }
  return (
    <AllocationForm
      family={family}
      workers={choices.data.caseloadOversight.workers}
      idPrefix="change-lead-worker"
      onAllocated={onAllocated}
      onCancel={onCancel}
      onReload={onReload}
    />
  );
}
