import { formatDate, FormInPlace, SummaryList, Tag, WarningText } from '@hearth/ui';
import { FamilyStatusTag } from '../../family-status.tsx';
import { doesCasework } from '../../viewer.ts';
import { listInWords, PHASE_NAMES, RESTRICTION_NAMES } from '../labels.ts';
import type { Area, SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { ChangeHouseholdForm } from './ChangeHouseholdForm.tsx';
import { withheldReason } from './withheld.ts';

const PANEL_ID = 'change-household-form';

export function HouseholdSection({ family, viewer, areas, onChanged, onReload }: SectionProps & { areas: Area[] }) {
  const area = areas.find((candidate) => candidate.name === family.area);
  const withheld = withheldReason(family, viewer.role);
  return (
    <Section id="household" title="Household">
      {family.restrictions.length > 0 && (
        <WarningText>
          This family has restricted markers ({listInWords(family.restrictions.map((marker) => RESTRICTION_NAMES[marker.kind].toLowerCase()))}).{' '}
          <a className="govuk-link" href="#restricted-markers">
            Read the restricted markers
          </a>{' '}
          before you contact them.
        </WarningText>
      )}
      <SummaryList
        rows={[
          { key: 'Reference', value: family.reference },
          { key: 'Status', value: <FamilyStatusTag status={family.status} /> },
          { key: 'Address', value: family.addressLine ?? withheld },
          { key: 'Postcode', value: family.postcode ?? withheld },
          { key: 'Area', value: family.area },
          // A cohort criterion in its own right, so said in words rather than only as a colour.
          ...(area ? [{ key: 'Most disadvantaged area', value: area.mostDisadvantaged ? <Tag colour="yellow">Yes</Tag> : 'No' }] : []),
          {
            key: 'Identified by',
            value: family.nomination
              ? `Nomination by ${family.nomination.agency.name} on ${formatDate(family.nomination.nominatedAt)}`
              : family.identifiedBy === 'DATA_MATCHING'
                ? 'Data matching'
                : 'Agency nomination',
          },
          { key: 'Programme phase', value: PHASE_NAMES[family.programmePhase] },
          { key: 'Cohort', value: family.cohort ?? 'Not in a cohort' },
          { key: 'In the programme since', value: formatDate(family.createdAt) },
        ]}
      />
      {family.nomination && (
        <div className="govuk-inset-text">
          {family.nomination.agency.name} nominated the family because: “{family.nomination.reason}”
        </div>
      )}
      {doesCasework(viewer.role) && (
        <FormInPlace id={PANEL_ID} label="Change household details" onDone={onChanged}>
          {({ done, cancel }) => <ChangeHouseholdForm family={family} viewer={viewer} areas={areas} onChanged={done} onCancel={cancel} onReload={onReload} />}
        </FormInPlace>
      )}
    </Section>
  );
}
