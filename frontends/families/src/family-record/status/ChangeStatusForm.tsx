import { useGatewayMutation } from '@hearth/client/react';
import { Button, FormProblemsSummary, humanise, Radios, Textarea, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { ChangeFamilyStatusMutation } from './change-status.mutation.ts';
import { STATUS_MEANINGS } from './status-words.ts';

type Field = 'to' | 'reason';
const SERVER_FIELDS: Partial<Record<string, Field>> = { to: 'to', reason: 'reason' };
const REASON_MAX_LENGTH = 2000;

export interface ChangeStatusFormProps {
  family: FamilyRecord;
  onChanged: (message: string) => void;
  onReload: () => void;
}

/** The steps the lifecycle allows from here, and why the family is taking one. */
export function ChangeStatusForm({ family, onChanged, onReload }: ChangeStatusFormProps) {
  const [change] = useGatewayMutation(ChangeFamilyStatusMutation);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmission<Field>(SERVER_FIELDS, 'The status');
  const targets: Record<Field, string> = { to: `status-to-${family.allowedNextStatuses[0] ?? ''}`, reason: 'status-reason' };

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!to || !family.allowedNextStatuses.includes(to as FamilyRecord['status'])) problems.to = `Select the step ${family.reference} is taking`;
    if (!reason.trim()) problems.reason = 'Enter why, in words the family and other professionals would recognise';
    else if (reason.length > REASON_MAX_LENGTH) problems.reason = `Reason must be ${REASON_MAX_LENGTH} characters or fewer`;
    return problems;
  };
  const send = async () => {
    const { changeFamilyStatus } = await change({
      input: { familyId: family.id, to: to as FamilyRecord['status'], reason: reason.trim(), expectedVersion: family.version },
    });
    setTo('');
    setReason('');
    onChanged(`${family.reference} is now ${humanise(changeFamilyStatus.status).toLowerCase()}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Radios
        id="status-to"
        legend="Move the family to"
        options={family.allowedNextStatuses.map((status) => ({ value: status, label: humanise(status), hint: STATUS_MEANINGS[status] }))}
        value={to || null}
        error={form.problems.fields.to}
        onChange={setTo}
      />
      <Textarea id="status-reason" label="Why?" hint="For example, Plan agreed at the Team Around the Family meeting on 3 March" rows={3} value={reason} error={form.problems.fields.reason} onChange={(event) => setReason(event.target.value)} />
      <Button type="submit" disabled={form.submitting}>
        {form.submitting ? 'Saving…' : 'Change status'}
      </Button>
    </form>
  );
}
