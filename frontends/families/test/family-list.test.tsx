import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyList from '../src/family-list/FamilyList.tsx';

const family = (n: number) => ({
  id: `family-${n}`,
  reference: `FAM-${String(n).padStart(6, '0')}`,
  status: n % 2 ? 'PLAN_ACTIVE' : 'IDENTIFIED',
  area: 'Rotherham North',
  postcode: 'S60 1AE',
  members: [
    { id: `p-${n}-1`, fullName: `Kelly Family${n}` },
    { id: `p-${n}-2`, fullName: `Tyler Family${n}` },
  ],
  leadWorker: n % 2 ? { id: 'w-1', name: 'Sarah Ahmed' } : null,
});

/** Three families, served two to a page, as the families subgraph pages by reference. */
function threeFamilies(variables: Record<string, unknown>) {
  const all = [1, 2, 3].map(family);
  const start = variables.after ? all.findIndex((f) => f.reference === variables.after) + 1 : 0;
  const page = all.slice(start, start + Number(variables.first));
  return {
    families: {
      totalCount: all.length,
      pageInfo: { hasNextPage: start + page.length < all.length, endCursor: page.at(-1)?.reference ?? null },
      edges: page.map((node) => ({ cursor: node.reference, node })),
    },
  };
}

// GOV.UK's markup is Next<span class="govuk-visually-hidden"> page</span>; jsdom drops the space browsers keep.
const NEXT_PAGE = /^Next\s?page$/;
const PREVIOUS_PAGE = /^Previous\s?page$/;

afterEach(() => vi.unstubAllGlobals());

describe('FamilyList', () => {
  it('lists the families a page at a time and pages forward and back by cursor', async () => {
    const gateway = fakeGateway({ FamilyList: threeFamilies });
    vi.stubGlobal('fetch', gateway.fetch);
    render(<FamilyList session={{ gatewayUrl: 'http://gateway.test', token: 'token-1' }} pageSize={2} familyHref={(id) => `/families/${id}`} />);

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'FAM-000001' })).toHaveAttribute('href', '/families/family-1');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Showing families 1 to 2 of 3')).toBeInTheDocument();
    expect(within(table).getByText('Not allocated')).toBeInTheDocument();
    expect(within(table).getByText('Kelly Family1, Tyler Family1')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: NEXT_PAGE }));
    expect(await screen.findByRole('link', { name: 'FAM-000003' })).toBeInTheDocument();
    expect(screen.getByText('Showing families 3 to 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: NEXT_PAGE })).not.toBeInTheDocument();
    expect(gateway.calls.at(-1)?.variables).toEqual({ first: 2, after: 'FAM-000002' });

    await userEvent.click(screen.getByRole('link', { name: PREVIOUS_PAGE }));
    expect(await screen.findByRole('link', { name: 'FAM-000001' })).toBeInTheDocument();
    expect(gateway.calls.every((call) => call.authorization === 'Bearer token-1')).toBe(true);
  });

  it('says so when the gateway refuses, in place of the table', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyList: () => ({ errors: [{ message: 'Your session has expired; sign in again.', code: 'UNAUTHENTICATED' }] }) }).fetch);
    render(<FamilyList session={{ gatewayUrl: 'http://gateway.test', token: 'old' }} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The families could not be listed');
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has expired; sign in again.');
  });
});
