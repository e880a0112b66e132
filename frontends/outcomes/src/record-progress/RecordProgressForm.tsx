import type { OutcomesPlanQuery, ProgressStatus } from '@hearth/client';
import { useGatewayMutation } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, humanise, Radios, readDay, Select, SubmitButtons, Textarea, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { Progress } from '../family-progress/progress.ts';
import { measureGroups } from './measure-choices.ts';
import { RecordProgressMutation } from './record-progress.mutation.ts';
import { PROGRESS_STATUSES, statusMeaning } from './status-meanings.ts';

type Field = 'measureCode' | 'status' | 'effectiveOn' | 'note';
// The form's fields carry the API's names, so a refusal naming one lands beside it.
const SERVER_FIELDS: Partial<Record<string, Field>> = { measureCode: 'measureCode', status: 'status', effectiveOn: 'effectiveOn', note: 'note' };
const TARGETS: Record<Field, string> = {
  measureCode: 'record-progress-measure',
  status: `record-progress-status-${PROGRESS_STATUSES[0]}`,
  effectiveOn: 'record-progress-effective-on-day',
  note: 'record-progress-note',
};
/** As the outcomes subgraph allows. */
export const NOTE_MAX_LENGTH = 2000;

export interface RecordProgressFormProps {
  familyId: string;
  plan: OutcomesPlanQuery;
  /** Where the family stands now, to show beside the measure chosen. */
  progress: Progress[];
  onRecorded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Where the family stands against one measure now; the change joins the measure's history, signed by the worker. */
export function RecordProgressForm({ familyId, plan, progress, onRecorded, onCancel, onReload }: RecordProgressFormProps) {
  const [record] = useGatewayMutation(RecordProgressMutation);
  const [measureCode, setMeasureCode] = useState('');
  const [status, setStatus] = useState('');
  const [effectiveOn, setEffectiveOn] = useState(EMPTY_DATE);
  const [note, setNote] = useState('');
  const form = useSubmission<Field>(SERVER_FIELDS, 'The progress');
  const day = readDay(effectiveOn, 'the date the family reached this');
  const measure = plan.outcomesPlan.measures.find((m) => m.code === measureCode);
  const current = progress.find((p) => p.measure.code === measureCode);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!measure) problems.measureCode = 'Select the measure of the Outcomes Plan';
    if (!PROGRESS_STATUSES.includes(status as ProgressStatus)) problems.status = 'Select where the family stands against the measure';
    if (day.problem) problems.effectiveOn = day.problem;
    if (note.length > NOTE_MAX_LENGTH) problems.note = `Evidence or note must be ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`;
    return problems;
  };
  const send = async () => {
    const { recordProgress } = await record({
      // A note of only spaces is no note: the API takes it left out.
      input: { familyId, measureCode, status: status as ProgressStatus, effectiveOn: day.day!, note: note.trim() || null },
    });
    onRecorded(`${recordProgress.measure.description}: ${humanise(recordProgress.status).toLowerCase()} since ${formatDate(recordProgress.effectiveOn)}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName="the family’s progress" />
      <Select
        id="record-progress-measure"
        label="Measure of the Outcomes Plan"
        hint="Measures are listed under the headline problem they show progress against"
        placeholder="Choose a measure"
        groups={measureGroups(plan)}
        value={measureCode}
        error={form.problems.fields.measureCode}
        onChange={(event) => setMeasureCode(event.target.value)}
      />
      {/* Read out as the measure changes: the new date cannot be before the current one. */}
      <div aria-live="polite">
        {measure && (
          <p className="govuk-inset-text">
            {current ? `Now: ${humanise(current.status).toLowerCase()} since ${formatDate(current.effectiveOn)}` : 'No progress has been recorded against this measure yet'}
          </p>
        )}
      </div>
      <Radios
        id="record-progress-status"
        legend="Where does the family stand against it now?"
        options={PROGRESS_STATUSES.map((value) => ({ value, label: humanise(value), hint: statusMeaning(value, measure?.sustainedForWeeks) }))}
        value={status || null}
        error={form.problems.fields.status}
        onChange={setStatus}
      />
      <DateInput
        id="record-progress-effective-on"
        legend="Date the family reached this"
        hint="The day the evidence shows it, which can be before today. For example, 27 3 2026"
        birthday={false}
        value={effectiveOn}
        error={form.problems.fields.effectiveOn}
        onChange={setEffectiveOn}
      />
      <Textarea
        id="record-progress-note"
        label="Evidence or note (optional)"
        hint="What this rests on, for internal audit and spot checks: for example, attendance of 94% over the autumn term, from the school"
        rows={4}
        value={note}
        error={form.problems.fields.note}
        onChange={(event) => setNote(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="Record progress" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
