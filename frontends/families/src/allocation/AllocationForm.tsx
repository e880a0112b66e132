import { useGatewayMutation } from '@hearth/client/react';
import type { FamilyStatus } from '@hearth/client';
import { Checkboxes, FormProblemsSummary, Select, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { AssignLeadWorkerMutation } from './allocation.query.ts';
import { workerOptionLabel, type WorkerCaseload } from './worker-caseload.ts';

type Field = 'worker' | 'eligible' | 'reason';
const SERVER_FIELDS: Partial<Record<string, Field>> = { workerId: 'worker', confirmEligible: 'eligible', reason: 'reason' };

export interface AllocationFormProps {
  family: { id: string; reference: string; version: number; status: FamilyStatus; leadWorker: { id: string; name: string } | null };
  /** The lead workers to choose from, with their caseloads. */
  workers: WorkerCaseload[];
  /** Ids of the form's fields are made unique with this, as a page may hold several. */
  idPrefix: string;
  onAllocated: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Choose the family's one lead worker, seeing how many families each already leads against their limit. */
export function AllocationForm({ family, workers, idPrefix, onAllocated, onCancel, onReload }: AllocationFormProps) {
  const [assign] = useGatewayMutation(AssignLeadWorkerMutation);
  const [workerId, setWorkerId] = useState('');
  const [reason, setReason] = useState('');
  const [eligible, setEligible] = useState(false);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The allocation');
  const ids = { worker: `${idPrefix}-worker`, eligible: `${idPrefix}-eligible-CONFIRMED`, reason: `${idPrefix}-reason` };
  // A family only identified has not yet been checked against the criteria: whoever allocates it confirms that it has been.
  const needsEligibility = family.status === 'IDENTIFIED';
  const changing = family.leadWorker !== null;
  const choices = workers.filter((caseload) => caseload.worker.id !== family.leadWorker?.id);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!workerId) problems.worker = `Select the lead worker for ${family.reference}`;
    if (needsEligibility && !eligible) problems.eligible = `Confirm that ${family.reference} meets the programme’s criteria`;
    if (changing && !reason.trim()) problems.reason = `Enter why the lead worker is changing from ${family.leadWorker!.name}`;
    return problems;
  };
  const send = async () => {
    const { assignLeadWorker } = await assign({
      familyId: family.id,
      workerId,
      // Left out, not null, when blank: Hearth then records its default reason.
      reason: reason.trim() || undefined,
      expectedVersion: family.version,
      ...(needsEligibility ? { confirmEligible: true } : {}),
    });
    onAllocated(`${family.reference} is now led by ${assignLeadWorker.leadWorker?.name ?? 'the worker you chose'}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={ids} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      {choices.length === 0 ? (
        <p className="govuk-body">There are no other lead workers in this area to choose from.</p>
      ) : (
        <Select
          id={ids.worker}
          label="Lead worker"
          hint="Each shows how many families they lead now against their caseload limit"
          placeholder="Choose a lead worker"
          options={choices.map((caseload) => ({ value: caseload.worker.id, label: workerOptionLabel(caseload) }))}
          value={workerId}
          error={form.problems.fields.worker}
          onChange={(event) => setWorkerId(event.target.value)}
        />
      )}
      {needsEligibility && (
        <Checkboxes
          id={`${idPrefix}-eligible`}
          legend="Eligibility"
          hint={`${family.reference} was identified but has not yet been confirmed eligible. Allocating it records both steps in its status history.`}
          options={[{ value: 'CONFIRMED', label: 'I have checked that this family meets the programme’s criteria' }]}
          selected={eligible ? ['CONFIRMED'] : []}
          error={form.problems.fields.eligible}
          onChange={(selected) => setEligible(selected.includes('CONFIRMED'))}
        />
      )}
      <TextInput
        id={ids.reason}
        label={changing ? 'Why is the lead worker changing?' : 'Reason for the allocation (optional)'}
        hint={changing ? 'For example, Sarah is going on long-term leave' : 'Left blank, it is recorded as “Allocated by co-ordinator”'}
        value={reason}
        error={form.problems.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label={changing ? 'Change lead worker' : 'Allocate'} busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
