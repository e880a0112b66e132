import { useGatewayMutation } from '@hearth/client/react';
import { Button, DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, Radios, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { AlreadyEnded } from './AlreadyEnded.tsx';
import { ConfirmEnd } from './ConfirmEnd.tsx';
import { readEndDay, startsLater } from './end-day.ts';
import { EndInterventionMutation } from './end-intervention.mutation.ts';
import { END_OUTCOMES, endOutcome } from './end-outcomes.ts';

type Field = 'status' | 'endedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { status: 'status', endedOn: 'endedOn' };
const TARGETS: Record<Field, string> = { status: 'end-intervention-status-COMPLETED', endedOn: 'end-intervention-ended-on-day' };

export interface EndInterventionFormProps {
  /** As the family's interventions were last loaded, so a reload shows whether someone else ended it first. */
  intervention: FamilyIntervention;
  onEnded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Answers first, then a check of what will be recorded; a refusal brings the answers back, as typed, with what was wrong. */
export function EndInterventionForm({ intervention, onEnded, onCancel, onReload }: EndInterventionFormProps) {
  const [end] = useGatewayMutation(EndInterventionMutation);
  const [status, setStatus] = useState('');
  const [endedOn, setEndedOn] = useState(EMPTY_DATE);
  const [confirming, setConfirming] = useState(false);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The end of the intervention');
  const outcome = endOutcome(status);
  const last = readEndDay(endedOn, intervention.startedOn);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!outcome) problems.status = 'Select whether the intervention was completed or withdrawn';
    if (last.problem) problems.endedOn = last.problem;
    return problems;
  };
  const send = async () => {
    try {
      const { endIntervention: ended } = await end({ id: intervention.id, status: outcome!.value, endedOn: last.day! });
      onEnded(`${intervention.model.name} ${endOutcome(ended.status)?.done ?? 'ended'} on ${formatDate(ended.endedOn)}`);
    } catch (error) {
      setConfirming(false);
      throw error;
    }
  };
  const changeAnswers = () => {
    setConfirming(false);
    requestAnimationFrame(() => document.getElementById(`end-intervention-status-${outcome?.value ?? 'COMPLETED'}`)?.focus());
  };

  if (intervention.endedOn) return <AlreadyEnded intervention={intervention} onClose={onCancel} />;
  if (startsLater(intervention.startedOn)) {
    return (
      <>
        <p className="govuk-body">It is planned to start on {formatDate(intervention.startedOn)}. It can be ended from that day, when there is work to end.</p>
        <Button variant="secondary" onClick={onCancel}>
          Close
        </Button>
      </>
    );
  }
  if (confirming && outcome && last.day) {
    return (
      <ConfirmEnd
        intervention={intervention}
        outcome={outcome.label}
        endedOn={last.day}
        submitting={form.submitting}
        onConfirm={(event) => form.submit(event, validate, send)}
        onChange={changeAnswers}
        onCancel={onCancel}
      />
    );
  }
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, async () => setConfirming(true))}>
      <FormProblemsSummary problems={form.problems} targets={TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName="the family’s interventions" />
      <Radios
        id="end-intervention-status"
        legend="How did the intervention end?"
        options={END_OUTCOMES.map(({ value, label, hint }) => ({ value, label, hint }))}
        value={status || null}
        error={form.problems.fields.status}
        onChange={setStatus}
      />
      <DateInput
        id="end-intervention-ended-on"
        legend="When did it end?"
        hint={`It started on ${formatDate(intervention.startedOn)}. For example, 27 3 2026`}
        birthday={false}
        value={endedOn}
        error={form.problems.fields.endedOn}
        onChange={setEndedOn}
      />
      <SubmitButtons submitting={form.submitting} label="Continue" busyLabel="Checking…" onCancel={onCancel} />
    </form>
  );
}
