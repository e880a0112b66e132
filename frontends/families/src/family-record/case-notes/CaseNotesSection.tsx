import type { FamilyRecordQuery } from '@hearth/client';
import { formatDate, FormPanel, OpenFormButton, Table, useFormPanel } from '@hearth/ui';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { AddCaseNoteForm } from './AddCaseNoteForm.tsx';
import { CASE_NOTE_KINDS } from './case-note-kinds.ts';

type CaseNote = NonNullable<NonNullable<FamilyRecordQuery['family']>['caseNotes']>[number];

/** The record of the council's contact with the family; only casework roles are given it. */
export function CaseNotesSection({ family, caseNotes, onChanged, onReload }: SectionProps & { caseNotes: CaseNote[] }) {
  const panel = useFormPanel();
  return (
    <Section id="case-notes" title="Case notes">
      <p className="govuk-body">{family.lastContactOn ? `Last contact: ${formatDate(family.lastContactOn)}.` : 'No contact has been noted yet.'}</p>
      <OpenFormButton panel={panel} controls="add-case-note-form">
        Add case note
      </OpenFormButton>
      {panel.open && (
        <FormPanel id="add-case-note-form" title="Add case note">
          <AddCaseNoteForm
            family={family}
            onAdded={(message) => {
              panel.close();
              onChanged(message);
            }}
            onCancel={panel.cancel}
            onReload={onReload}
          />
        </FormPanel>
      )}
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
