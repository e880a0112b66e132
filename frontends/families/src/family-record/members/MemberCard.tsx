import { formatDate, humanise, SummaryCard, SummaryList, WITHHELD } from '@hearth/ui';
import type { ReactNode } from 'react';
import type { Viewer } from '../../viewer.ts';
import type { FamilyRecord } from '../record.ts';
import { householdHistoryOf, relationshipsOf, ROLE_NAMES } from './describe-member.ts';

type Member = FamilyRecord['members'][number];

function Lines({ lines, none }: { lines: string[]; none: string }) {
  if (lines.length === 0) return <>{none}</>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="govuk-list">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export interface MemberCardProps {
  member: Member;
  actions: ReactNode[];
  viewer: Viewer;
  familyId: string;
  /** The member's open form, shown under their details. */
  children: ReactNode;
}

/** One member's details, with what the worker may do about them and the form they opened, if any. */
export function MemberCard({ member, actions, viewer, familyId, children }: MemberCardProps) {
  const schoolUnknown = viewer.role === 'ANALYST' ? WITHHELD : 'Not recorded';
  return (
    <>
      <SummaryCard title={member.fullName} actions={actions}>
        <SummaryList
          rows={[
            { key: 'Role in the family', value: ROLE_NAMES[member.role] },
            { key: viewer.role === 'ANALYST' ? 'Year of birth' : 'Date of birth', value: formatDate(member.dateOfBirth) },
            { key: 'Sex', value: humanise(member.sex) },
            ...(member.role === 'CHILD' || member.role === 'YOUNG_PERSON' ? [{ key: 'School or setting', value: member.school ?? schoolUnknown }] : []),
            { key: 'Relationships', value: <Lines lines={relationshipsOf(member)} none="None recorded" /> },
            { key: 'Households', value: <Lines lines={householdHistoryOf(member, familyId)} none="None recorded" /> },
          ]}
        />
      </SummaryCard>
      {children}
    </>
  );
}
