import type { OutcomesPlanQuery as OutcomesPlan } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { FormPanel, Loading, OpenFormButton, ProblemMessage, useFormPanel } from '@hearth/ui';
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
  const panel = useFormPanel();
  return (
    <>
      <OpenFormButton panel={panel} controls="record-progress-form">
        Record progress
      </OpenFormButton>
      {panel.open && (
        <FormPanel id="record-progress-form" title="Record progress">
          <WithPlan>
            {(plan) => (
              <RecordProgressForm
                familyId={familyId}
                plan={plan}
                progress={progress}
                onRecorded={(message) => {
                  panel.close();
                  onRecorded(message);
                }}
                onCancel={panel.cancel}
                onReload={onReload}
              />
            )}
          </WithPlan>
        </FormPanel>
      )}
    </>
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
