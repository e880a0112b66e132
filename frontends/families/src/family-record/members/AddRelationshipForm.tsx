import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, Radios, Select, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { RecordRelationshipMutation } from './members.mutation.ts';
import { alreadyRecorded, RELATIONSHIP_CHOICES, relationshipPair, type RelationshipChoice } from './relationship-choices.ts';

type Member = FamilyRecord['members'][number];
type Field = 'other' | 'choice';
// Turned round or not, either end the server names is the other member the worker chose.
const SERVER_FIELDS: Partial<Record<string, Field>> = { personId: 'other', relatedPersonId: 'other', kind: 'choice' };

export interface AddRelationshipFormProps {
  family: FamilyRecord;
  member: Member;
  onAdded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function AddRelationshipForm({ family, member, onAdded, onCancel, onReload }: AddRelationshipFormProps) {
  const [record] = useGatewayMutation(RecordRelationshipMutation);
  const [other, setOther] = useState('');
  const [choice, setChoice] = useState<RelationshipChoice | ''>('');
  const form = useSubmission<Field>(SERVER_FIELDS, 'The relationship');
  const id = `relationship-${member.id}`;
  const targets: Record<Field, string> = { other: `${id}-other`, choice: `${id}-kind-PARENT_OF` };
  const others = family.members.filter((candidate) => candidate.id !== member.id);
  const otherName = others.find((candidate) => candidate.id === other)?.fullName;
  const described = choice ? `${member.fullName} is recorded as ${RELATIONSHIP_CHOICES[choice].label.toLowerCase()} ${otherName ?? 'them'}` : '';

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!other) problems.other = `Select who ${member.fullName} is related to`;
    if (!choice) problems.choice = `Select how ${member.fullName} is related to them`;
    else if (other && alreadyRecorded(member, relationshipPair(member.id, other, choice))) problems.choice = `${described} already`;
    return problems;
  };
  const send = async () => {
    await record({ input: { familyId: family.id, ...relationshipPair(member.id, other, choice as RelationshipChoice) } });
    onAdded(described);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Select
        id={targets.other}
        label="Who are they related to?"
        placeholder="Choose a member of the household"
        options={others.map((candidate) => ({ value: candidate.id, label: candidate.fullName }))}
        value={other}
        error={form.problems.fields.other}
        onChange={(event) => setOther(event.target.value)}
      />
      <Radios
        id={`${id}-kind`}
        legend={`How is ${member.fullName} related to ${otherName ?? 'them'}?`}
        options={(Object.entries(RELATIONSHIP_CHOICES) as [RelationshipChoice, { label: string }][]).map(([value, { label }]) => ({ value, label: otherName ? `${label} ${otherName}` : label }))}
        value={choice || null}
        error={form.problems.fields.choice}
        onChange={(value) => setChoice(value as RelationshipChoice)}
      />
      <SubmitButtons submitting={form.submitting} label="Add relationship" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
