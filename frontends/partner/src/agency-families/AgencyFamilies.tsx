import { formatDate, humanise, Loading, ProblemMessage, Table, Tag } from '@hearth/ui';
import type { QueryResult } from '@hearth/client/react';
import type { AgencyFamiliesQuery } from '@hearth/client';

/** The families the worker's agency works with, as Hearth's access rules allow it to see them. */
export function AgencyFamilies({ result }: { result: QueryResult<AgencyFamiliesQuery> }) {
  return (
    <section aria-labelledby="agency-families-heading" data-section="agency-families">
      <h2 className="govuk-heading-l" id="agency-families-heading">
        Families your agency works with
      </h2>
      <AgencyFamiliesTable result={result} />
    </section>
  );
}

function AgencyFamiliesTable({ result }: { result: QueryResult<AgencyFamiliesQuery> }) {
  if (result.status === 'loading') return <Loading what="your agency’s families" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="Your agency’s families could not be listed">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const families = result.data.families.edges.map((edge) => edge.node);
  if (families.length === 0) return <p className="govuk-body">Your agency is not working with any family in Hearth yet.</p>;
  const { totalCount } = result.data.families;
  return (
    <>
      {totalCount > families.length && (
        <p className="govuk-body">
          The first {families.length} of {totalCount} families, by reference.
        </p>
      )}
      <Table
      caption={`${result.data.families.totalCount} families your agency works with`}
      captionHidden
      rowKey={(family) => family.id}
      rows={families}
      columns={[
        { header: 'Reference', cell: (family) => family.reference },
        { header: 'Status', cell: (family) => <Tag colour="grey">{humanise(family.status)}</Tag> },
        { header: 'Area', cell: (family) => family.area },
        { header: 'Lead worker', cell: (family) => family.leadWorker?.name ?? 'Not allocated yet' },
        {
          header: 'How it came to Hearth',
          cell: (family) => (family.nomination ? `Nominated by ${family.nomination.agency.name}, ${formatDate(family.nomination.nominatedAt)}` : 'Data matching'),
        },
      ]}
      />
    </>
  );
}
