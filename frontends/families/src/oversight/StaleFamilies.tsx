import type { CaseloadOversightQuery } from '@hearth/client';
import { formatDate, Table } from '@hearth/ui';
import { weeksInWords } from '../caseload/contact-words.ts';

type Stale = CaseloadOversightQuery['caseloadOversight']['stale'][number];

export function StaleFamilies({ area, weeks, stale, familyHref }: { area: string; weeks: number; stale: Stale[]; familyHref: (id: string) => string }) {
  return (
    <section aria-labelledby="stale-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-l" id="stale-heading">
        No contact for {weeks} weeks or more
      </h2>
      {stale.length === 0 ? (
        <p className="govuk-body">Every family with a lead worker in {area} has had contact in the last {weeks} weeks.</p>
      ) : (
        <Table
          caption={`Families in ${area} with no contact noted for ${weeks} weeks or more, the longest first`}
          captionHidden
          rowKey={(entry) => entry.family.id}
          rows={stale}
          columns={[
            { header: 'Family', nowrap: true, cell: ({ family }) => <a className="govuk-link" href={familyHref(family.id)}>{family.reference}</a> },
            { header: 'Lead worker', cell: ({ family }) => family.leadWorker?.name ?? 'Not allocated' },
            { header: 'Last contact', nowrap: true, cell: (entry) => (entry.lastContactOn ? formatDate(entry.lastContactOn) : 'None noted') },
            { header: 'Since last contact', cell: (entry) => weeksInWords(entry.weeksSinceContact) },
          ]}
        />
      )}
    </section>
  );
}
