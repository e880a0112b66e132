import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { MemberFields, memberTargets } from './MemberFields.tsx';
import { MEMBER_SERVER_FIELDS, memberValues, personChanges, validateChange, type MemberField, type MemberValues } from './member-values.ts';
import { UpdatePersonMutation } from './members.mutation.ts';

export interface ChangeMemberFormProps {
  family: FamilyRecord;
  member: FamilyRecord['members'][number];
  onChanged: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function ChangeMemberForm({ family, member, onChanged, onCancel, onReload }: ChangeMemberFormProps) {
  const [update] = useGatewayMutation(UpdatePersonMutation);
  const [values, setValues] = useState<MemberValues>(() => memberValues(member));
  const form = useSubmission<MemberField>(MEMBER_SERVER_FIELDS, `${member.fullName}’s details`);
  const id = `member-${member.id}`;

  const send = async () => {
    const { updatePerson } = await update({ input: { personId: member.id, expectedVersion: family.version, ...personChanges(values, member) } });
    onChanged(`${updatePerson.fullName}’s details have been changed`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => validateChange(values, member), send)}>
      <FormProblemsSummary problems={form.problems} targets={memberTargets(id)} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <MemberFields id={id} values={values} problems={form.problems} onChange={setValues} />
      <SubmitButtons submitting={form.submitting} label="Save changes" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
