import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, Radios, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { relationshipFrom } from './describe-member.ts';
import { RemoveRelationshipMutation } from './members.mutation.ts';

type Member = FamilyRecord['members'][number];
type Field = 'relationship' | 'reason';
const SERVER_FIELDS: Partial<Record<string, Field>> = { relationshipId: 'relationship', reason: 'reason' };
export const REASON_MAX_LENGTH = 500;

export interface RemoveRelationshipFormProps {
  family: FamilyRecord;
  member: Member;
  onRemoved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** For a relationship recorded in error: it comes off the record, and why stays in the audit trail. */
export function RemoveRelationshipForm({ family, member, onRemoved, onCancel, onReload }: RemoveRelationshipFormProps) {
  const [remove] = useGatewayMutation(RemoveRelationshipMutation);
  const [relationshipId, setRelationshipId] = useState('');
  const [reason, setReason] = useState('');
  const form = useSubmission<Field>(SERVER_FIELDS, 'The relationship');
  const id = `remove-relationship-${member.id}`;
  const first = member.relationships[0];
  const targets: Record<Field, string> = { relationship: `${id}-which-${first?.id ?? ''}`, reason: `${id}-reason` };
  const chosen = member.relationships.find((relationship) => relationship.id === relationshipId);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!chosen) problems.relationship = `Select which of ${member.fullName}’s relationships to remove`;
    if (!reason.trim()) problems.reason = 'Enter why the relationship was recorded in error';
    else if (reason.trim().length > REASON_MAX_LENGTH) problems.reason = `Reason must be ${REASON_MAX_LENGTH} characters or fewer`;
    return problems;
  };
  const send = async () => {
    await remove({ input: { relationshipId, reason: reason.trim() } });
    const was = relationshipFrom(member, chosen!);
    onRemoved(`${member.fullName} is no longer recorded as ${was.charAt(0).toLowerCase()}${was.slice(1)}`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Radios
        id={`${id}-which`}
        legend="Which relationship was recorded in error?"
        options={member.relationships.map((relationship) => ({ value: relationship.id, label: relationshipFrom(member, relationship) }))}
        value={relationshipId || null}
        error={form.problems.fields.relationship}
        onChange={setRelationshipId}
      />
      <TextInput
        id={targets.reason}
        label="Why was it wrong?"
        hint="For example, recorded the wrong way round. This is kept in the family’s audit trail."
        value={reason}
        error={form.problems.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="Remove relationship" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
