import { useGatewayMutation } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, readDay, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyIntervention } from '../family-interventions.query.ts';
import { BeginInterventionMutation } from './begin-intervention.mutation.ts';
import { NoLongerPlanned } from './NoLongerPlanned.tsx';

type Field = 'startedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { startedOn: 'startedOn' };
const TARGETS: Record<Field, string> = { startedOn: 'begin-intervention-started-on-day' };

export interface BeginInterventionFormProps {
  /** As the family's interventions were last loaded, so a reload shows whether someone else acted first. */
  intervention: FamilyIntervention;
  onBegun: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Planned work has begun: the day it actually began, which may not be the day planned; a refusal keeps the day as typed. */
export function BeginInterventionForm({ intervention, onBegun, onCancel, onReload }: BeginInterventionFormProps) {
  const [begin] = useGatewayMutation(BeginInterventionMutation);
  const [startedOn, setStartedOn] = useState(EMPTY_DATE);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The start of the intervention');
  const day = readDay(startedOn, 'the day the intervention started');

  if (intervention.status !== 'PLANNED') return <NoLongerPlanned intervention={intervention} onClose={onCancel} />;
  const validate = () => (day.problem ? { startedOn: day.problem } : {});
  const send = async () => {
    const { beginIntervention: begun } = await begin({ id: intervention.id, startedOn: day.day! });
    onBegun(`${intervention.model.name} started on ${formatDate(begun.startedOn)}`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName="the family’s interventions" />
      <DateInput
        id="begin-intervention-started-on"
        legend="When did it start?"
        hint={`It was planned to start on ${formatDate(intervention.startedOn)}. Enter the day the work actually began, for example, 27 3 2026`}
        birthday={false}
        value={startedOn}
        error={form.problems.fields.startedOn}
        onChange={setStartedOn}
      />
      <SubmitButtons submitting={form.submitting} label="Mark as started" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
