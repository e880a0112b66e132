import { useGatewayMutation, useGatewayQuery } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, Loading, ProblemMessage, Radios, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { Viewer } from '../viewer.ts';
import { LeadAgencyQuestion } from './LeadAgencyQuestion.tsx';
import { readStartDay } from './start-day.ts';
import { StartInterventionChoicesQuery, StartInterventionMutation } from './start-intervention.query.ts';

type Field = 'model' | 'leadAgency' | 'status' | 'startedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { modelCode: 'model', leadAgencyId: 'leadAgency', status: 'status', startedOn: 'startedOn' };
const STATUS_OPTIONS = [
  { value: 'ACTIVE', label: 'Yes, it has started' },
  { value: 'PLANNED', label: 'No, it is planned to start later' },
];

export interface StartInterventionFormProps {
  familyId: string;
  viewer: Viewer;
  onStarted: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function StartInterventionForm({ familyId, viewer, onStarted, onCancel, onReload }: StartInterventionFormProps) {
  const choices = useGatewayQuery(StartInterventionChoicesQuery, {});
  const [start] = useGatewayMutation(StartInterventionMutation);
  // A partner agency's worker may only start work their own agency leads, so for them the answer is given.
  const ownAgency = viewer.role === 'PARTNER' ? (viewer.agencyId ?? '') : '';
  const [modelCode, setModelCode] = useState('');
  const [leadAgencyId, setLeadAgencyId] = useState(ownAgency);
  const [status, setStatus] = useState('');
  const [startedOn, setStartedOn] = useState(EMPTY_DATE);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The intervention');

  if (choices.status === 'loading') return <Loading what="the models of intervention and the agencies" />;
  if (choices.status === 'error') {
    return (
      <ProblemMessage title="The models of intervention and the agencies could not be listed">
        <p className="govuk-body">{choices.error.message}</p>
      </ProblemMessage>
    );
  }
  const { interventionModels: models, agencies } = choices.data;
  const planned = status === 'PLANNED';
  const day = readStartDay(startedOn, planned);
  const targets: Record<Field, string> = {
    model: `intervention-model-${models[0]?.code ?? ''}`,
    leadAgency: 'intervention-lead-agency',
    status: 'intervention-status-ACTIVE',
    startedOn: 'intervention-started-on-day',
  };

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!modelCode) problems.model = 'Select the model of intervention';
    if (!leadAgencyId) problems.leadAgency = 'Select the agency leading the intervention';
    if (!status) problems.status = 'Select whether the intervention has started';
    if (day.problem) problems.startedOn = day.problem;
    return problems;
  };
  const send = async () => {
    const { startIntervention: started } = await start({
      input: { familyId, modelCode, leadAgencyId, status: planned ? 'PLANNED' : 'ACTIVE', startedOn: day.day! },
    });
    const model = models.find((m) => m.code === modelCode)?.name ?? 'The intervention';
    const agency = agencies.find((a) => a.id === leadAgencyId)?.name ?? 'the lead agency';
    onStarted(
      started.status === 'PLANNED'
        ? `${model} is planned to start on ${formatDate(started.startedOn)}, led by ${agency}`
        : `${model} started on ${formatDate(started.startedOn)}, led by ${agency}`,
    );
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName="the family’s interventions" />
      <Radios
        id="intervention-model"
        legend="Which model of intervention?"
        hint="The programme’s six models"
        options={models.map((model) => ({ value: model.code, label: `${model.number}. ${model.name}`, hint: model.description }))}
        value={modelCode || null}
        error={form.problems.fields.model}
        onChange={setModelCode}
      />
      <LeadAgencyQuestion id={targets.leadAgency} agencies={agencies} ownAgencyId={ownAgency || null} value={leadAgencyId} error={form.problems.fields.leadAgency} onChange={setLeadAgencyId} />
      <Radios id="intervention-status" legend="Has the intervention started?" options={STATUS_OPTIONS} value={status || null} error={form.problems.fields.status} onChange={setStatus} />
      <DateInput
        id="intervention-started-on"
        legend={planned ? 'When is it planned to start?' : 'When did it start?'}
        hint="For example, 27 3 2026"
        birthday={false}
        value={startedOn}
        error={form.problems.fields.startedOn}
        onChange={setStartedOn}
      />
      <SubmitButtons submitting={form.submitting} label="Save intervention" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
