import { useGatewayQuery } from '@hearth/client/react';
import { Loading, Pagination, ProblemMessage, Table, WITHHELD } from '@hearth/ui';
import { useState } from 'react';
import { FamilyStatusTag } from '../family-status.tsx';
import { FamilyListQuery } from './family-list.query.ts';

/**
 * Cursor paging: the cursors of the pages already seen are kept, so
 * "Previous" goes back exactly to where the worker was.
 */
export function FamilyTable({ familyHref, pageSize }: { familyHref: (id: string) => string; pageSize: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const result = useGatewayQuery(FamilyListQuery, { first: pageSize, after });

  if (result.status === 'loading') return <Loading what="families" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The families could not be listed">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const { edges, pageInfo, totalCount } = result.data.families;
  if (totalCount === 0) return <p className="govuk-body">There are no families you can see yet.</p>;
  const first = (cursors.length - 1) * pageSize + 1;
  const last = first + edges.length - 1;
  return (
    <>
      <p className="govuk-body" aria-live="polite">
        Showing families {first} to {last} of {totalCount}
      </p>
      <Table
        caption={`Families, ${first} to ${last} of ${totalCount}`}
        captionHidden
        rowKey={(edge) => edge.node.id}
        rows={edges}
        columns={[
          {
            header: 'Reference',
            nowrap: true,
            cell: ({ node }) => (
              <a className="govuk-link" href={familyHref(node.id)}>
                {node.reference}
              </a>
            ),
          },
          { header: 'Status', cell: ({ node }) => <FamilyStatusTag status={node.status} /> },
          { header: 'Area', cell: ({ node }) => node.area },
          { header: 'Postcode', cell: ({ node }) => node.postcode || WITHHELD },
          { header: 'Family members', cell: ({ node }) => node.members.map((member) => member.fullName).join(', ') },
          { header: 'Lead worker', cell: ({ node }) => node.leadWorker?.name ?? 'Not allocated' },
        ]}
      />
      <Pagination
        label="Pages of families"
        previous={cursors.length > 1 ? { href: '#previous-families', onFollow: () => setCursors(cursors.slice(0, -1)) } : undefined}
        next={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? { href: '#next-families', onFollow: () => setCursors([...cursors, pageInfo.endCursor]) }
            : undefined
        }
      />
    </>
  );
}
