import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import MyCaseload from '../src/caseload/MyCaseload.tsx';
import { session } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const entry = (n: number, lastContactOn: string | null, weeksSinceContact: number | null, status: string, nextSteps: string[]) => ({
  lastContactOn,
  weeksSinceContact,
  nextSteps,
  family: { id: `family-${n}`, reference: `FAM-00000${n}`, status, area: 'Rotherham North', members: [{ id: `p-${n}`, fullName: `Parent ${n}`, role: 'PARENT_CARER' }, { id: `c-${n}`, fullName: `Child ${n}`, role: 'CHILD' }] },
});

describe('my caseload', () => {
  it('lists the lead worker’s families in the order Hearth gives (stalest first), flagging those gone quiet', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        MyCaseload: () => ({
          myCaseload: [entry(3, null, null, 'ALLOCATED', ['ENGAGED', 'DECLINED', 'STEPPED_UP']), entry(1, '2026-09-02', 11, 'ENGAGED', ['PLAN_ACTIVE']), entry(2, '2026-11-20', 0, 'CLOSED', [])],
        }),
      }).fetch,
    );
    render(<MyCaseload session={session} familyHref={(id) => `/families/${id}`} />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['FAM-000003', 'FAM-000001', 'FAM-000002']);
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', '/families/family-3');
    expect(within(rows[0]!).getByText('No contact noted')).toHaveClass('govuk-tag--red');
    expect(within(rows[1]!).getByText('11 weeks')).toHaveClass('govuk-tag--red');
    expect(within(rows[2]!).getByText('This week')).not.toHaveClass('govuk-tag');
    expect(within(rows[0]!).getByText('Engaged, Declined, Stepped up')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Parent 3')).toBeInTheDocument();
    expect(screen.getByText('You lead 3 families; 2 have had no contact for 6 weeks or more.')).toBeInTheDocument();
  });

  it('says so when the worker leads no families', async () => {
    vi.stubGlobal('fetch', fakeGateway({ MyCaseload: () => ({ myCaseload: [] }) }).fetch);
    render(<MyCaseload session={session} />);
    expect(await screen.findByText(/You are not leading any families at the moment/)).toBeInTheDocument();
  });
});
