import { useGatewayQuery } from '@hearth/client/react';
import { formatDate, humanise, Loading, ProblemMessage, Table, Tag } from '@hearth/ui';
import { FamilyStatusTag } from '../family-status.tsx';
import { STALE_AFTER_WEEKS, weeksInWords } from './contact-words.ts';
import { MyCaseloadQuery } from './my-caseload.query.ts';

/** The lead worker's families, the one gone longest without contact first (as Hearth orders them). */
export function CaseloadTable({ familyHref }: { familyHref: (familyId: string) => string }) {
  const result = useGatewayQuery(MyCaseloadQuery, {});
  if (result.status === 'loading') return <Loading what="your caseload" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="Your caseload could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const entries = result.data.myCaseload;
  if (entries.length === 0) return <p className="govuk-body">You are not leading any families at the moment. Your co-ordinator allocates them.</p>;
  const stale = entries.filter((entry) => entry.weeksSinceContact === null || entry.weeksSinceContact >= STALE_AFTER_WEEKS).length;
  return (
    <section data-section="my-caseload" aria-labelledby="caseload-count">
      <p className="govuk-body" id="caseload-count">
        You lead {entries.length} {entries.length === 1 ? 'family' : 'families'}
        {stale > 0 && `; ${stale} ${stale === 1 ? 'has' : 'have'} had no contact for ${STALE_AFTER_WEEKS} weeks or more`}.
      </p>
      <Table
        caption="Your families, the one gone longest without contact first"
        captionHidden
        rowKey={(entry) => entry.family.id}
        rows={entries}
        columns={[
          { header: 'Family', nowrap: true, cell: ({ family }) => <a className="govuk-link" href={familyHref(family.id)}>{family.reference}</a> },
          {
            header: 'Parents or carers',
            cell: ({ family }) =>
              family.members
                .filter((member) => member.role === 'PARENT_CARER')
                .map((member) => member.fullName)
                .join(', ') || '–',
          },
          { header: 'Status', cell: ({ family }) => <FamilyStatusTag status={family.status} /> },
          { header: 'Last contact', nowrap: true, cell: (entry) => (entry.lastContactOn ? formatDate(entry.lastContactOn) : 'None noted') },
          {
            header: 'Since last contact',
            cell: (entry) =>
              entry.weeksSinceContact === null || entry.weeksSinceContact >= STALE_AFTER_WEEKS ? (
                <Tag colour="red">{weeksInWords(entry.weeksSinceContact)}</Tag>
              ) : (
                weeksInWords(entry.weeksSinceContact)
              ),
          },
          { header: 'Next steps', cell: (entry) => (entry.nextSteps.length ? entry.nextSteps.map(humanise).join(', ') : 'None: closed') },
        ]}
      />
    </section>
  );
}
