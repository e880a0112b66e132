import type { CaseNoteKind } from '@hearth/client';
import { useGatewayMutation } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, Radios, readDay, SubmitButtons, Textarea, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { AddCaseNoteMutation } from './add-case-note.mutation.ts';
import { CASE_NOTE_KINDS } from './case-note-kinds.ts';

type Field = 'kind' | 'contactOn' | 'body';
const SERVER_FIELDS: Partial<Record<string, Field>> = { kind: 'kind', contactOn: 'contactOn', body: 'body' };
const TARGETS: Record<Field, string> = { kind: 'case-note-kind-HOME_VISIT', contactOn: 'case-note-contact-on-day', body: 'case-note-body' };
export const BODY_MAX_LENGTH = 10_000;

export interface AddCaseNoteFormProps {
  family: FamilyRecord;
  onAdded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Notes are only ever added, never changed: what was written stands as written, signed by its author. */
export function AddCaseNoteForm({ family, onAdded, onCancel, onReload }: AddCaseNoteFormProps) {
  const [add] = useGatewayMutation(AddCaseNoteMutation);
  const [kind, setKind] = useState('');
  const [contactOn, setContactOn] = useState(EMPTY_DATE);
  const [body, setBody] = useState('');
  const form = useSubmission<Field>(SERVER_FIELDS, 'The case note');
  const contact = readDay(contactOn, 'the date of the contact');

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!kind) problems.kind = 'Select what kind of contact it was';
    if (contact.problem) problems.contactOn = contact.problem;
    if (!body.trim()) problems.body = 'Enter what happened and what was agreed';
    else if (body.length > BODY_MAX_LENGTH) problems.body = `Note must be ${BODY_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`;
    return problems;
  };
  const send = async () => {
    const { addCaseNote } = await add({ input: { familyId: family.id, kind: kind as CaseNoteKind, contactOn: contact.day!, body: body.trim() } });
    onAdded(`Case note added to ${family.reference} for the contact on ${formatDate(addCaseNote.contactOn)}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Radios
        id="case-note-kind"
        legend="What kind of contact was it?"
        options={(Object.entries(CASE_NOTE_KINDS) as [CaseNoteKind, string][]).map(([value, label]) => ({ value, label }))}
        value={kind || null}
        error={form.problems.fields.kind}
        onChange={setKind}
      />
      <DateInput id="case-note-contact-on" legend="Date of the contact" hint="For example, 27 3 2026" birthday={false} value={contactOn} error={form.problems.fields.contactOn} onChange={setContactOn} />
      <Textarea
        id="case-note-body"
        label="What happened and what was agreed"
        hint="Write it as the family and other professionals could read it"
        rows={6}
        value={body}
        error={form.problems.fields.body}
        onChange={(event) => setBody(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="Add case note" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
