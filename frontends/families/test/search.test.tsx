import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilySearch from '../src/search/FamilySearch.tsx';
import type { Viewer } from '../src/viewer.ts';
import { sarah, session, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const choices = { areas: [{ name: 'Rotherham North' }, { name: 'Rotherham South' }], leadWorkers: [{ id: 'w-sarah', name: 'Sarah Ahmed' }] };

const family = (n: number) => ({
  id: `family-${n}`,
  reference: `FAM-${String(n).padStart(6, '0')}`,
  status: 'ENGAGED',
  area: 'Rotherham North',
  postcode: n === 2 ? null : 'S60 1AE',
  members: [{ id: `p-${n}`, fullName: n === 1 ? 'John Smith' : 'Jon Smyth' }],
  leadWorker: { id: 'w-sarah', name: 'Sarah Ahmed' },
});

/** 21 matches: a page of 20, then one. The cursor is the reference of the last family on the page. */
function matches({ after }: Record<string, unknown>) {
  const all = Array.from({ length: 21 }, (_, i) => family(i + 1));
  const start = after ? all.findIndex((f) => f.reference === after) + 1 : 0;
  const page = all.slice(start, start + 20);
  return { searchFamilies: { totalCount: 21, pageInfo: { hasNextPage: start + 20 < 21, endCursor: page.at(-1)!.reference }, edges: page.map((node) => ({ cursor: node.reference, node })) } };
}

/** The search page as a host holds it: the search lives in the address, and Back returns to the last one. */
function Host({ viewer, initial = '' }: { viewer: Viewer; initial?: string }) {
  const [history, setHistory] = useState([initial]);
  const search = history.at(-1)!;
  return (
    <>
      <p data-testid="address">{search}</p>
      <button type="button" onClick={() => setHistory(history.slice(0, -1))}>
        Back
      </button>
      <FamilySearch session={session} viewer={viewer} search={search} searchHref={(query) => `/search?${query}`} onSearch={(query) => setHistory([...history, query])} familyHref={(id) => `/families/${id}`} />
    </>
  );
}

function serve(searchFamilies: (variables: Record<string, unknown>) => unknown = matches) {
  const gateway = fakeGateway({ SearchChoices: () => choices, SearchFamilies: searchFamilies });
  vi.stubGlobal('fetch', gateway.fetch);
  return gateway;
}

const NEXT_PAGE = /^Next\s?page$/;
const PREVIOUS_PAGE = /^Previous\s?page$/;

describe('searching for a family', () => {
  it('says what to enter when nothing was, and checks a date of birth is a real date, before asking Hearth', async () => {
    const gateway = serve();
    render(<Host viewer={sarah} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('link', { name: /Enter a name, date of birth, reference or postcode/ })).toHaveAttribute('href', '#search-name');

    await userEvent.type(screen.getByLabelText('Day'), '31');
    await userEvent.type(screen.getByLabelText('Month'), '2');
    await userEvent.type(screen.getByLabelText('Year'), '1985');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('link', { name: 'Date of birth must be a real date, for example 27 3 1985' })).toHaveAttribute('href', '#search-date-of-birth-day');
    expect(screen.getByLabelText('Day')).toHaveValue('31');
    expect(gateway.calls.some((call) => call.operationName === 'SearchFamilies')).toBe(false);
  });

  it('puts the search in the address, shows the matches and pages through them by cursor', async () => {
    const gateway = serve();
    render(<Host viewer={sarah} />);
    await userEvent.type(await screen.findByLabelText('Name of someone in the family'), 'Jon Smyth');
    await userEvent.click(screen.getByLabelText('Engaged'));
    await userEvent.selectOptions(screen.getByLabelText('Area'), 'Rotherham North');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(screen.getByTestId('address')).toHaveTextContent('name=Jon+Smyth&status=ENGAGED&area=Rotherham+North');
    const heading = await screen.findByRole('heading', { name: '21 families match your search' });
    expect(heading).toHaveFocus();
    const results = screen.getByRole('table');
    expect(within(results).getByRole('link', { name: 'FAM-000001' })).toHaveAttribute('href', '/families/family-1');
    expect(within(results).getByText('John Smith')).toBeInTheDocument();
    expect(within(results).getByText('Withheld')).toBeInTheDocument();
    expect(gateway.calls.find((call) => call.operationName === 'SearchFamilies')?.variables).toEqual({
      filter: { name: 'Jon Smyth', statuses: ['ENGAGED'], area: 'Rotherham North' },
      first: 20,
      after: null,
    });

    const next = screen.getByRole('link', { name: NEXT_PAGE });
    expect(next).toHaveAttribute('href', '/search?name=Jon+Smyth&status=ENGAGED&area=Rotherham+North&page=FAM-000020');
    await userEvent.click(next);
    expect(await screen.findByRole('link', { name: 'FAM-000021' })).toBeInTheDocument();
    expect(screen.getByText('Showing 21 to 21 of 21')).toBeInTheDocument();
    expect(screen.getByLabelText('Name of someone in the family')).toHaveValue('Jon Smyth');

    await userEvent.click(screen.getByRole('link', { name: PREVIOUS_PAGE }));
    expect(await screen.findByRole('link', { name: 'FAM-000001' })).toBeInTheDocument();
  });

  it('runs a search from a bookmarked address, and Back returns to the one before', async () => {
    serve();
    render(<Host viewer={sarah} initial="reference=21" />);
    expect(await screen.findByLabelText('Family reference')).toHaveValue('21');
    await screen.findByRole('heading', { name: '21 families match your search' });

    await userEvent.clear(screen.getByLabelText('Family reference'));
    await userEvent.type(screen.getByLabelText('Postcode'), 'S60');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByTestId('address')).toHaveTextContent('postcode=S60');

    await userEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByLabelText('Family reference')).toHaveValue('21');
    expect(screen.getByLabelText('Postcode')).toHaveValue('');
  });

  it('says when nothing matches, and how to widen the search', async () => {
    serve(() => ({ searchFamilies: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }));
    render(<Host viewer={sarah} initial="name=Zebedee" />);
    expect(await screen.findByRole('heading', { name: 'No families match your search' })).toBeInTheDocument();
    expect(screen.getByText('check the spelling, or search by surname only')).toBeInTheDocument();
  });

  it('shows Hearth’s refusal of a search against the field it was about, keeping what was typed', async () => {
    serve(() => ({ errors: [{ message: '"S9X" is not a postcode; give a full postcode (S60 1AE) or its outward code (S60)', code: 'BAD_USER_INPUT', field: 'postcode' }] }));
    render(<Host viewer={sarah} initial="postcode=S9X" />);
    const link = await screen.findByRole('link', { name: /"S9X" is not a postcode/ });
    expect(link).toHaveAttribute('href', '#search-postcode');
    expect(screen.getByLabelText('Postcode')).toHaveValue('S9X');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('does not offer an analyst a search by who someone is', async () => {
    serve();
    render(<Host viewer={tom} />);
    expect(await screen.findByText(/Analysts see pseudonymised records, so cannot search by name/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Name of someone in the family')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Postcode')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('link', { name: 'Enter a reference, or choose a status, area or lead worker' })).toHaveAttribute('href', '#search-reference');
  });
});
