import type { ConsentStatus, FamilyRecordQuery } from '@hearth/client';
import { formatDate, FormInPlace, SummaryCard, SummaryList, Table, Tag, type TagColour } from '@hearth/ui';
import { doesCasework } from '../../viewer.ts';
import { listInWords } from '../labels.ts';
import type { SectionProps } from '../record.ts';
import { Section } from '../Section.tsx';
import { STATUS_WORDS } from './consent-values.ts';
import { RecordConsentForm } from './RecordConsentForm.tsx';

type Consent = NonNullable<NonNullable<FamilyRecordQuery['family']>['consent']>;

const STATUS_COLOURS: Record<ConsentStatus, TagColour> = { GIVEN: 'green', REFUSED: 'red', WITHDRAWN: 'orange' };

function covers(consent: Consent): string {
  if (consent.status !== 'GIVEN') return 'No partner agency';
  const names = listInWords(consent.agencies.map((agency) => agency.name));
  return consent.scope === 'ALL_ENGAGED_AGENCIES' ? `Every agency working with the family${names ? `: ${names}` : ''}` : names;
}

/** Consent to share information under an information sharing agreement decides which partner agencies see the family. */
export function ConsentSection({ family, viewer, onChanged, onReload }: SectionProps) {
  const consent = family.consent;
  return (
    <Section id="consent" title="Consent to share information">
      {consent ? (
        <SummaryCard title="Consent in force">
          <SummaryList
            rows={[
              { key: 'Decision', value: <Tag colour={STATUS_COLOURS[consent.status]}>{STATUS_WORDS[consent.status]}</Tag> },
              { key: 'Covers', value: covers(consent) },
              { key: 'Decided by', value: consent.givenBy?.fullName ?? 'Not recorded' },
              { key: 'Agreement', value: `${consent.agreement.name} (${consent.agreement.reference})` },
              { key: 'Recorded on', value: formatDate(consent.recordedOn) },
              ...(consent.note ? [{ key: 'Note', value: consent.note }] : []),
            ]}
          />
        </SummaryCard>
      ) : (
        <p className="govuk-body">No decision about sharing the family’s information has been recorded. Partner agencies cannot see the family until the family gives consent.</p>
      )}
      {family.consentHistory.length > 1 && (
        <Table
          caption="Every consent decision, newest first"
          rowKey={(decision) => decision.id}
          rows={family.consentHistory}
          columns={[
            { header: 'Recorded on', cell: (decision) => formatDate(decision.recordedOn) },
            { header: 'Decision', cell: (decision) => STATUS_WORDS[decision.status] },
            { header: 'Covers', cell: covers },
            { header: 'Decided by', cell: (decision) => decision.givenBy?.fullName ?? 'Not recorded' },
          ]}
        />
      )}
      {doesCasework(viewer.role) && (
        <FormInPlace id="record-consent-form" label="Record a consent decision" onDone={onChanged}>
          {({ done, cancel }) => <RecordConsentForm family={family} onRecorded={done} onCancel={cancel} onReload={onReload} />}
        </FormInPlace>
      )}
    </Section>
  );
}
