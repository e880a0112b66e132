import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { MemberFields, memberTargets } from './MemberFields.tsx';
import { EMPTY_MEMBER, MEMBER_SERVER_FIELDS, toNewPersonInput, validateMember, type MemberField, type MemberValues } from './member-values.ts';
import { AddFamilyMemberMutation } from './members.mutation.ts';

const ID = 'new-member';

export interface AddMemberFormProps {
  family: FamilyRecord;
  onAdded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function AddMemberForm({ family, onAdded, onCancel, onReload }: AddMemberFormProps) {
  const [add] = useGatewayMutation(AddFamilyMemberMutation);
  const [values, setValues] = useState<MemberValues>(EMPTY_MEMBER);
  const form = useSubmission<MemberField>(MEMBER_SERVER_FIELDS, 'The new family member');

  const send = async () => {
    const { addFamilyMember } = await add({ familyId: family.id, member: toNewPersonInput(values), expectedVersion: family.version });
    onAdded(`${addFamilyMember.fullName} has been added to ${family.reference}`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => validateMember(values), send)}>
      <FormProblemsSummary problems={form.problems} targets={memberTargets(ID)} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <MemberFields id={ID} values={values} problems={form.problems} onChange={setValues} />
      <SubmitButtons submitting={form.submitting} label="Add family member" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
