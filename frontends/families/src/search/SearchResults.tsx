import type { FamilySearchInput } from '@hearth/client';
import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { Loading, Pagination, ProblemMessage, Table, WITHHELD } from '@hearth/ui';
import { useEffect, useRef } from 'react';
import { FamilyStatusTag } from '../family-status.tsx';
import { SearchFamiliesQuery } from './family-search.query.ts';

export const PAGE_SIZE = 20;

export interface SearchResultsProps {
  filter: FamilySearchInput;
  /** The cursors of the pages turned so far; the last is where this page starts. */
  pages: string[];
  familyHref: (familyId: string) => string;
  /** The link to this search at other pages. */
  pageLink: (pages: string[]) => { href: string; onFollow: () => void };
  /** Move focus to the count of results: the search was just made. */
  takeFocus: boolean;
  /** Hearth refused the search itself (a bad answer, or the role): the form shows why. */
  onRefused: (error: unknown) => void;
}

export function SearchResults({ filter, pages, familyHref, pageLink, takeFocus, onRefused }: SearchResultsProps) {
  const result = useGatewayQuery(SearchFamiliesQuery, { filter, first: PAGE_SIZE, after: pages.at(-1) ?? null });
  const heading = useRef<HTMLHeadingElement>(null);
  const refused = result.status === 'error' && (isGatewayError(result.error, 'BAD_USER_INPUT') || isGatewayError(result.error, 'FORBIDDEN'));
  useEffect(() => {
    if (refused) onRefused(result.error);
  }, [refused, result.error, onRefused]);
  useEffect(() => {
    if (takeFocus && result.status === 'success') heading.current?.focus();
  }, [takeFocus, result.status]);

  if (result.status === 'loading') return <Loading what="the families that match" />;
  if (result.status === 'error') {
    if (refused) return null;
    return (
      <ProblemMessage title="The search could not be made">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const { edges, pageInfo, totalCount } = result.data.searchFamilies;
  const first = pages.length * PAGE_SIZE + 1;
  const last = first + edges.length - 1;
  return (
    <section aria-labelledby="search-results-heading" data-section="search-results">
      <h2 className="govuk-heading-m" id="search-results-heading" tabIndex={-1} ref={heading}>
        {totalCount === 0 ? 'No families match your search' : `${totalCount} ${totalCount === 1 ? 'family matches' : 'families match'} your search`}
      </h2>
      {totalCount === 0 ? (
        <>
          <p className="govuk-body">You can:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>check the spelling, or search by surname only</li>
            <li>remove a status, area or lead worker filter</li>
            <li>search by the family reference if you know it</li>
          </ul>
          <p className="govuk-body">You will only find families you may see.</p>
        </>
      ) : (
        <>
          <Table
            caption={`Families matching your search, ${first} to ${last} of ${totalCount}, best matches first`}
            captionHidden
            rowKey={(edge) => edge.node.id}
            rows={edges}
            columns={[
              { header: 'Reference', nowrap: true, cell: ({ node }) => <a className="govuk-link" href={familyHref(node.id)}>{node.reference}</a> },
              { header: 'Family members', cell: ({ node }) => node.members.map((member) => member.fullName).join(', ') },
              { header: 'Status', cell: ({ node }) => <FamilyStatusTag status={node.status} /> },
              { header: 'Area', cell: ({ node }) => node.area },
              { header: 'Postcode', cell: ({ node }) => node.postcode ?? WITHHELD },
              { header: 'Lead worker', cell: ({ node }) => node.leadWorker?.name ?? 'Not allocated' },
            ]}
          />
          <p className="govuk-body">
            Showing {first} to {last} of {totalCount}
          </p>
          <Pagination
            label="Pages of search results"
            previous={pages.length > 0 ? pageLink(pages.slice(0, -1)) : undefined}
            next={pageInfo.hasNextPage && pageInfo.endCursor ? pageLink([...pages, pageInfo.endCursor]) : undefined}
          />
        </>
      )}
    </section>
  );
}
