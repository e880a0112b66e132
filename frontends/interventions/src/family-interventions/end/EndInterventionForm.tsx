import { useGatewayMutation } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, Radios, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { AlreadyEnded } from './AlreadyEnded.tsx';
import { ConfirmEnd } from './ConfirmEnd.tsx';
import { readEndDay, readWithdrawnDay } from './end-day.ts';
import { EndInterventionMutation } from './end-intervention.mutation.ts';
import { END_OUTCOMES, endOutcome } from './end-outcomes.ts';

type Field = 'status' | 'endedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { status: 'status', endedOn: 'endedOn' };
const TARGETS: Record<Field, string> = { status: 'end-intervention-status-COMPLETED', endedOn: 'end-intervention-ended-on-day' };
/** Planned work is not asked how it ended: it can only be withdrawn, so a refusal about that points at the explanation. */
const PLANNED_TARGETS: Record<Field, string> = { status: 'end-intervention-only-withdrawn', endedOn: 'end-intervention-ended-on-day' };

export interface EndInterventionFormProps {
  /** As the family's interventions were last loaded, so a reload shows whether someone else ended it first. */
  intervention: FamilyIntervention;
  onEnded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * Answers first, then a check of what will be recorded; a refusal brings the answers back, as typed, with what was wrong.
 * Planned work has not begun, so nothing was delivered to complete: it is withdrawn, on the day it was called off,
 * even before the day it was planned to start.
 */
export function EndInterventionForm({ intervention, onEnded, onCancel, onReload }: EndInterventionFormProps) {
  const [end] = useGatewayMutation(EndInterventionMutation);
  const [status, setStatus] = useState('');
  const [endedOn, setEndedOn] = useState(EMPTY_DATE);
  const [confirming, setConfirming] = useState(false);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The end of the intervention');
  const planned = intervention.status === 'PLANNED';
  const outcome = endOutcome(planned ? 'WITHDRAWN' : status);
  const last = planned ? readWithdrawnDay(endedOn) : readEndDay(endedOn, intervention.startedOn);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!outcome) problems.status = 'Select whether the intervention was completed or withdrawn';
    if (last.problem) problems.endedOn = last.problem;
    return problems;
  };
  const send = async () => {
    try {
      const { endIntervention: ended } = await end({ id: intervention.id, status: outcome!.value, endedOn: last.day! });
      // As Hearth recorded it: work someone else marked as started meanwhile was withdrawn after it began.
      const when = `on ${formatDate(ended.endedOn)}${ended.begun ? '' : ', before it started'}`;
      onEnded(`${intervention.model.name} ${endOutcome(ended.status)?.done ?? 'ended'} ${when}`);
    } catch (error) {
      setConfirming(false);
      throw error;
    }
  };
  const changeAnswers = () => {
    setConfirming(false);
    const first = planned ? 'end-intervention-ended-on-day' : `end-intervention-status-${outcome?.value ?? 'COMPLETED'}`;
    requestAnimationFrame(() => document.getElementById(first)?.focus());
  };

  if (intervention.status === 'COMPLETED' || intervention.status === 'WITHDRAWN') return <AlreadyEnded intervention={intervention} onClose={onCancel} />;
  if (confirming && outcome && last.day) {
    return (
      <ConfirmEnd
        intervention={intervention}
        outcome={planned ? 'Withdrawn before it started' : outcome.label}
        planned={planned}
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
      <FormProblemsSummary problems={form.problems} targets={planned ? PLANNED_TARGETS : TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName="the family’s interventions" />
      {planned ? (
        <p className="govuk-inset-text" id={PLANNED_TARGETS.status} tabIndex={-1}>
          It is planned to start on {formatDate(intervention.startedOn)} and has not started, so it can only be withdrawn. If the work has begun, mark it as started instead.
        </p>
      ) : (
        <Radios
          id="end-intervention-status"
          legend="How did the intervention end?"
          options={END_OUTCOMES.map(({ value, label, hint }) => ({ value, label, hint }))}
          value={status || null}
          error={form.problems.fields.status}
          onChange={setStatus}
        />
      )}
      <DateInput
        id="end-intervention-ended-on"
        legend={planned ? 'When was it called off?' : 'When did it end?'}
        hint={
          planned
            ? 'The day it was decided it would not go ahead, which can be before the day it was planned to start. For example, 27 3 2026'
            : `It started on ${formatDate(intervention.startedOn)}. For example, 27 3 2026`
        }
        birthday={false}
        value={endedOn}
        error={form.problems.fields.endedOn}
        onChange={setEndedOn}
      />
      <SubmitButtons submitting={form.submitting} label="Continue" busyLabel="Checking…" onCancel={onCancel} />
    </form>
  );
}
