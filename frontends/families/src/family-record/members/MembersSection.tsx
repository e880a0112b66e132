import { formatDate, humanise, SummaryCard, SummaryList, WITHHELD } from '@hearth/ui';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { householdHistoryOf, relationshipsOf, ROLE_NAMES } from './describe-member.ts';

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

export function MembersSection({ family, viewer }: SectionProps) {
  const schoolUnknown = viewer.role === 'ANALYST' ? WITHHELD : 'Not recorded';
  return (
    <Section id="members" title="Members">
      {family.members.length === 0 && <p className="govuk-body">No members have been recorded yet.</p>}
      {family.members.map((member) => (
        <SummaryCard key={member.id} title={member.fullName}>
          <SummaryList
            rows={[
              { key: 'Role in the family', value: ROLE_NAMES[member.role] },
              { key: viewer.role === 'ANALYST' ? 'Year of birth' : 'Date of birth', value: formatDate(member.dateOfBirth) },
              { key: 'Sex', value: humanise(member.sex) },
              ...(member.role === 'CHILD' || member.role === 'YOUNG_PERSON' ? [{ key: 'School or setting', value: member.school ?? schoolUnknown }] : []),
              { key: 'Relationships', value: <Lines lines={relationshipsOf(member)} none="None recorded" /> },
              { key: 'Households', value: <Lines lines={householdHistoryOf(member, family.id)} none="None recorded" /> },
            ]}
          />
        </SummaryCard>
      ))}
    </Section>
  );
}
