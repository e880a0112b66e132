import { Button, formatDate, SummaryList, WarningText } from '@hearth/ui';
import { useEffect, useRef, type FormEvent } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { modelName } from '../model-name.ts';

export interface ConfirmEndProps {
  intervention: FamilyIntervention;
  outcome: string;
  endedOn: string;
  /** Planned work, which never began, is withdrawn rather than ended. */
  planned: boolean;
  submitting: boolean;
  onConfirm: (event: FormEvent) => void;
  onChange: () => void;
  onCancel: () => void;
}

/** Ending cannot be undone, so the worker sees exactly what will be recorded before it is. */
export function ConfirmEnd({ intervention, outcome, endedOn, planned, submitting, onConfirm, onChange, onCancel }: ConfirmEndProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form noValidate onSubmit={onConfirm}>
      <h4 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        {planned ? 'Check before you withdraw the intervention' : 'Check before you end the intervention'}
      </h4>
      <SummaryList
        rows={[
          { key: 'Intervention', value: modelName(intervention.model) },
          { key: 'Lead agency', value: intervention.leadAgency.name },
          planned ? { key: 'Planned to start', value: formatDate(intervention.startedOn) } : { key: 'Started', value: formatDate(intervention.startedOn) },
          { key: 'How it ended', value: outcome },
          planned ? { key: 'Withdrawn on', value: formatDate(endedOn) } : { key: 'Ended on', value: formatDate(endedOn) },
        ]}
      />
      <WarningText>{planned ? 'A withdrawn intervention cannot be reopened or marked as started.' : 'An ended intervention cannot be reopened.'}</WarningText>
      <div className="govuk-button-group">
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Saving…' : planned ? 'Confirm and withdraw intervention' : 'Confirm and end intervention'}
        </Button>
        <Button variant="secondary" onClick={onChange}>
          Change answers
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
