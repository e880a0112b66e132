import type { FamilyRecordQuery } from '@hearth/client';
import { formatDate, FormInPlace, Table } from '@hearth/ui';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { AddCaseNoteForm } from './AddCaseNoteForm.tsx';
import { CASE_NOTE_KINDS } from './case-note-kinds.ts';

type CaseNote = NonNullable<NonNullable<FamilyRecordQuery['family']>['caseNotes']>[number];

/** The record of the council's contact with the family; only casework roles are given it. */
export function CaseNotesSection({ family, caseNotes, onChanged, onReload }: SectionProps & { caseNotes: CaseNote[] }) {
  return (
    <Section id="case-notes" title="Case notes">
      <p className="govuk-body">{family.lastContactOn ? `Last contact: ${formatDate(family.lastContactOn)}.` : 'No contact has been noted yet.'}</p>
      <FormInPlace id="add-case-note-form" label="Add case note" onDone={onChanged}>
        {({ done, cancel }) => <AddCaseNoteForm family={family} onAdded={done} onCancel={cancel} onReload={onReload} />}
      </FormInPlace>
      {caseNotes.length > 0 && (
        <Table
          caption="Case notes, newest contact first"
          captionHidden
          rowKey={(note) => note.id}
          rows={caseNotes}
          columns={[
            { header: 'Date of contact', nowrap: true, cell: (note) => formatDate(note.contactOn) },
            { header: 'Contact', cell: (note) => CASE_NOTE_KINDS[note.kind] },
            { header: 'Written by', cell: (note) => note.author.name },
            { header: 'Note', cell: (note) => <span className="hearth-note-body">{note.body}</span> },
          ]}
        />
      )}
    </Section>
  );
}
