import type { OutcomesPlanQuery as OutcomesPlan } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { FormInPlace, Loading, ProblemMessage } from '@hearth/ui';
import type { ReactNode } from 'react';
import type { Progress } from '../family-progress/progress.ts';
import { OutcomesPlanQuery } from '../plan/outcomes-plan.query.ts';
import { RecordProgressForm } from './RecordProgressForm.tsx';

export interface RecordProgressProps {
  familyId: string;
  progress: Progress[];
  onRecorded: (message: string) => void;
  onReload: () => void;
}

/** "Record progress" opens the form in place; the plan's measures are only fetched once it is open. */
export function RecordProgress({ familyId, progress, onRecorded, onReload }: RecordProgressProps) {
  return (
    <FormInPlace id="record-progress-form" label="Record progress" onDone={onRecorded}>
      {({ done, cancel }) => (
        <WithPlan>{(plan) => <RecordProgressForm familyId={familyId} plan={plan} progress={progress} onRecorded={done} onCancel={cancel} onReload={onReload} />}</WithPlan>
      )}
    </FormInPlace>
  );
}

function WithPlan({ children }: { children: (plan: OutcomesPlan) => ReactNode }) {
  const result = useGatewayQuery(OutcomesPlanQuery, {});
  if (result.status === 'loading') return <Loading what="the Outcomes Plan" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The Outcomes Plan could not be loaded, so progress cannot be recorded">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  return <>{children(result.data)}</>;
}
