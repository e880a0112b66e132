import { Button, formatDate, SummaryList, WarningText } from '@hearth/ui';
import { useEffect, useRef, type FormEvent } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { modelName } from '../model-name.ts';

export interface ConfirmEndProps {
  intervention: FamilyIntervention;
  outcome: string;
  endedOn: string;
  submitting: boolean;
  onConfirm: (event: FormEvent) => void;
  onChange: () => void;
  onCancel: () => void;
}

/** Ending cannot be undone, so the worker sees exactly what will be recorded before it is. */
export function ConfirmEnd({ intervention, outcome, endedOn, submitting, onConfirm, onChange, onCancel }: ConfirmEndProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form noValidate onSubmit={onConfirm}>
      <h4 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        Check before you end the intervention
      </h4>
      <SummaryList
        rows={[
          { key: 'Intervention', value: modelName(intervention.model) },
          { key: 'Lead agency', value: intervention.leadAgency.name },
          { key: 'Started', value: formatDate(intervention.startedOn) },
          { key: 'How it ended', value: outcome },
          { key: 'Ended on', value: formatDate(endedOn) },
        ]}
      />
      <WarningText>An ended intervention cannot be reopened.</WarningText>
      <div className="govuk-button-group">
        <Button type="submit" disabled={submitting}>
          {submitting ? 'Saving…' : 'Confirm and end intervention'}
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
