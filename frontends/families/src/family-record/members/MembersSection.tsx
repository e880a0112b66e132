import { Button, FormPanel, OpenFormButton, useFormPanel } from '@hearth/ui';
import { useState } from 'react';
import { doesCasework } from '../../viewer.ts';
import type { FamilyRecord, SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { AddRelationshipForm } from './AddRelationshipForm.tsx';
import { ChangeMemberForm } from './ChangeMemberForm.tsx';
import { MemberCard } from './MemberCard.tsx';
import { RemoveRelationshipForm } from './RemoveRelationshipForm.tsx';

type Member = FamilyRecord['members'][number];
type MemberAction = 'change' | 'relate' | 'unrelate';
const ADD_PANEL_ID = 'add-member-form';
const panelId = (action: MemberAction) => `${action}-member-form`;
const buttonId = (action: MemberAction, member: Pick<Member, 'id'>) => `${action}-member-${member.id}`;

export function MembersSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const adding = useFormPanel();
  // One member's form at a time, found afresh in each load of the record so a reload shows it as it now is.
  const [open, setOpen] = useState<{ action: MemberAction; memberId: string } | null>(null);
  const casework = doesCasework(viewer.role);
  const closeMemberForm = () => {
    const opener = open && document.getElementById(buttonId(open.action, { id: open.memberId }));
    setOpen(null);
    if (opener) requestAnimationFrame(() => opener.focus());
  };
  const done = (message: string) => {
    adding.close();
    setOpen(null);
    onChanged(message);
  };
  const actionButton = (action: MemberAction, member: Member, label: string, hidden: string) => (
    <Button
      variant="secondary"
      id={buttonId(action, member)}
      className="hearth-table-action"
      aria-controls={panelId(action)}
      aria-expanded={open?.action === action && open.memberId === member.id}
      onClick={() => setOpen({ action, memberId: member.id })}
    >
      {label} <span className="govuk-visually-hidden">{hidden}</span>
    </Button>
  );
  return (
    <Section id="members" title="Members">
      {family.members.length === 0 && <p className="govuk-body">No members have been recorded yet.</p>}
      {family.members.map((member) => (
        <MemberCard
          key={member.id}
          member={member}
          actions={
            casework
              ? [
                  actionButton('change', member, 'Change', `${member.fullName}’s details`),
                  ...(family.members.length > 1 ? [actionButton('relate', member, 'Add a relationship', `for ${member.fullName}`)] : []),
                  ...(member.relationships.length > 0 ? [actionButton('unrelate', member, 'Remove a relationship', `of ${member.fullName}`)] : []),
                ]
              : []
          }
          viewer={viewer}
          familyId={family.id}
        >
          {open?.memberId === member.id && open.action === 'change' && (
            <FormPanel key={member.id} id={panelId('change')} title={`Change ${member.fullName}’s details`}>
              <ChangeMemberForm family={family} member={member} onChanged={done} onCancel={closeMemberForm} onReload={onReload} />
            </FormPanel>
          )}
          {open?.memberId === member.id && open.action === 'relate' && (
            <FormPanel key={member.id} id={panelId('relate')} title={`Add a relationship for ${member.fullName}`}>
              <AddRelationshipForm family={family} member={member} onAdded={done} onCancel={closeMemberForm} onReload={onReload} />
            </FormPanel>
          )}
          {open?.memberId === member.id && open.action === 'unrelate' && (
            <FormPanel key={member.id} id={panelId('unrelate')} title={`Remove one of ${member.fullName}’s relationships`}>
              <RemoveRelationshipForm family={family} member={member} onRemoved={done} onCancel={closeMemberForm} onReload={onReload} />
            </FormPanel>
          )}
        </MemberCard>
      ))}
      {casework && (
        <>
          <OpenFormButton panel={adding} controls={ADD_PANEL_ID}>
            Add a family member
          </OpenFormButton>
          {adding.open && (
            <FormPanel id={ADD_PANEL_ID} title="Add a family member">
              <AddMemberForm family={family} onAdded={done} onCancel={adding.cancel} onReload={onReload} />
            </FormPanel>
          )}
        </>
      )}
    </Section>
  );
}
