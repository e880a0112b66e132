import type { Role } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { fieldProblems, hasProblems, Loading, noProblems, ProblemMessage, refusalProblems, type FormProblems } from '@hearth/ui';
import { useCallback, useMemo, useState } from 'react';
import { SearchChoicesQuery } from './family-search.query.ts';
import { SearchForm } from './SearchForm.tsx';
import { filterFromValues, pagesFromQuery, queryFromValues, valuesFromQuery, type SearchValues } from './search-query.ts';
import { SearchResults } from './SearchResults.tsx';
import { validateSearch, type SearchField } from './validate-search.ts';

const SERVER_FIELDS: Partial<Record<string, SearchField>> = {
  name: 'name',
  dateOfBirth: 'dateOfBirth',
  reference: 'reference',
  postcode: 'postcode',
  statuses: 'statuses',
  area: 'area',
  leadWorkerId: 'leadWorkerId',
};

export interface SearchPageProps {
  role: Role;
  search: string;
  onSearch: (search: string) => void;
  searchHref: (search: string) => string;
  familyHref: (familyId: string) => string;
}

export function SearchPage({ role, search, onSearch, searchHref, familyHref }: SearchPageProps) {
  const choices = useGatewayQuery(SearchChoicesQuery, {});
  const asked = useMemo(() => valuesFromQuery(search), [search]);
  const filter = useMemo(() => filterFromValues(asked), [asked]);
  const pages = pagesFromQuery(search);
  const [problems, setProblems] = useState<FormProblems<SearchField>>(noProblems);
  // Once the worker has searched or turned a page here, each new set of results takes focus, as a new page would.
  const [searched, setSearched] = useState(false);

  const submit = (values: SearchValues) => {
    const found = fieldProblems(validateSearch(values, role));
    setProblems(found);
    if (hasProblems(found)) return;
    setSearched(true);
    onSearch(queryFromValues(values));
  };
  const refused = useCallback((error: unknown) => setProblems(refusalProblems(error, SERVER_FIELDS, 'The search')), []);
  const pageLink = (turned: string[]) => {
    const next = queryFromValues(asked, turned);
    return {
      href: searchHref(next),
      onFollow: () => {
        setSearched(true);
        onSearch(next);
      },
    };
  };

  if (choices.status === 'loading') return <Loading what="the search form" />;
  if (choices.status === 'error') {
    return (
      <ProblemMessage title="You cannot search right now">
        <p className="govuk-body">{choices.error.message}</p>
      </ProblemMessage>
    );
  }
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {/* A new address (Back, a bookmark) is a new search: the form shows what it asks. */}
          <SearchForm key={queryFromValues(asked)} initial={asked} role={role} choices={choices.data} problems={problems} onSubmit={submit} />
        </div>
      </div>
      {filter && !hasProblems(problems) && (
        <SearchResults key={search} filter={filter} pages={pages} familyHref={familyHref} pageLink={pageLink} takeFocus={searched} onRefused={refused} />
      )}
    </>
  );
}
