import type { RestrictedDetailsQuery as Details } from '@hearth/client';
import { useGatewayClient } from '@hearth/client/react';
import { FormProblemsSummary, SubmitButtons, Textarea, useSubmission, WarningText } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { RestrictedDetailsQuery } from './restricted-details.query.ts';

/** The server asks for at least this much; saying so up front saves a refusal. */
export const MIN_REASON_LENGTH = 10;
const IDS = { reason: 'break-glass-reason' };

export interface BreakGlassFormProps {
  family: FamilyRecord;
  onRead: (markers: Details['restrictedDetails']) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Asks why before the details are read: reading them is recorded, with the reason, in the audit trail. */
export function BreakGlassForm({ family, onRead, onCancel, onReload }: BreakGlassFormProps) {
  const client = useGatewayClient();
  const [reason, setReason] = useState('');
  const form = useSubmission<'reason'>({ reason: 'reason' }, 'The request for the details');
  const validate = () => {
    if (!reason.trim()) return { reason: 'Enter why you need to see the details of the restricted markers' };
    if (reason.trim().length < MIN_REASON_LENGTH) return { reason: `Reason must be at least ${MIN_REASON_LENGTH} characters, so that it says why` };
    return {};
  };
  const send = async () => {
    const { restrictedDetails } = await client.request(RestrictedDetailsQuery, { familyId: family.id, reason: reason.trim() });
    onRead(restrictedDetails);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={IDS} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <WarningText>Viewing the details is recorded in the audit trail with your name and the reason you give. Managers review it.</WarningText>
      <Textarea
        id={IDS.reason}
        label="Why do you need to see the details?"
        hint="For example, planning a home visit with the police on Thursday"
        rows={3}
        value={reason}
        error={form.problems.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="View details" busyLabel="Checking…" onCancel={onCancel} />
    </form>
  );
}
