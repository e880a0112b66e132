import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CaseloadOversight from '../src/oversight/CaseloadOversight.tsx';
import { priya, session } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const caseload = (id: string, name: string, caseloadCount: number, caseloadLimit = 12) => ({
  worker: { id, name },
  caseloadCount,
  caseloadLimit,
  overLimit: caseloadCount > caseloadLimit,
});

/** Rotherham North before and after FAM-000007 is allocated to Sarah Ahmed. */
function rotherhamNorth(allocated: boolean, status = 'ELIGIBLE') {
  const sarah = caseload('w-sarah', 'Sarah Ahmed', allocated ? 8 : 7);
  const owen = caseload('w-owen', 'Owen Price', 13);
  return {
    caseloadOversight: {
      area: 'Rotherham North',
      unallocated: allocated
        ? []
        : [{ id: 'family-7', reference: 'FAM-000007', status, version: 3, createdAt: '2026-10-01T09:00:00.000Z', leadWorker: null, members: [{ id: 'p-7', fullName: 'Rebecca Smith', role: 'PARENT_CARER' }] }],
      workers: [owen, sarah],
      overLimit: [owen],
      stale: [{ lastContactOn: null, weeksSinceContact: null, family: { id: 'family-9', reference: 'FAM-000009', status: 'ENGAGED', leadWorker: { id: 'w-owen', name: 'Owen Price' } } }],
    },
  };
}

function serve(assign: (variables: Record<string, unknown>) => unknown, status = 'ELIGIBLE') {
  let allocated = false;
  const gateway = fakeGateway({
    CaseloadOversight: () => rotherhamNorth(allocated, status),
    AssignLeadWorker: (variables) => {
      const answer = assign(variables);
      allocated = !(answer as { errors?: unknown }).errors;
      return answer;
    },
  });
  vi.stubGlobal('fetch', gateway.fetch);
  return gateway;
}

describe('allocating a family from the unallocated queue', () => {
  it('shows each lead worker’s caseload against their limit, flags those over it, and lists families gone quiet', async () => {
    serve(() => ({}));
    render(<CaseloadOversight session={session} viewer={priya} familyHref={(id) => `/families/${id}`} />);
    const workers = await screen.findByRole('region', { name: 'Lead workers in Rotherham North' });
    expect(within(workers).getByRole('row', { name: /Sarah Ahmed 7 of 12 Within their limit/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Lead workers over their limit' })).getByText('13 of 12')).toBeInTheDocument();
    const stale = screen.getByRole('region', { name: 'No contact for 6 weeks or more' });
    expect(within(stale).getByRole('link', { name: 'FAM-000009' })).toHaveAttribute('href', '/families/family-9');
    expect(within(stale).getByText('No contact noted')).toBeInTheDocument();
  });

  it('asks for a lead worker, shows “7 of 12” in the choice, and sends the version of the family it saw', async () => {
    const gateway = serve(() => ({ assignLeadWorker: { id: 'family-7', version: 4, status: 'ALLOCATED', leadWorker: { id: 'w-sarah', name: 'Sarah Ahmed' } } }));
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allocate FAM-000007' }));

    const form = screen.getByRole('heading', { name: 'Allocate FAM-000007 to a lead worker' });
    expect(form).toHaveFocus();
    const select = screen.getByLabelText('Lead worker');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Choose a lead worker',
      'Owen Price – 13 of 12 (over their limit)',
      'Sarah Ahmed – 7 of 12',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Select the lead worker for FAM-000007' })).toHaveAttribute('href', '#allocate-worker');

    await userEvent.selectOptions(select, 'Sarah Ahmed – 7 of 12');
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('FAM-000007 is now led by Sarah Ahmed');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'AssignLeadWorker')?.variables).toEqual({ familyId: 'family-7', workerId: 'w-sarah', expectedVersion: 3 });

    // Asked afresh: the family has left the queue and Sarah's caseload has grown.
    const workers = screen.getByRole('region', { name: 'Lead workers in Rotherham North' });
    expect(await within(workers).findByText('8 of 12')).toBeInTheDocument();
    expect(screen.getByText('No family in Rotherham North is waiting for a lead worker.')).toBeInTheDocument();
  });

  it('shows the server’s refusal in the error summary and keeps the choice made', async () => {
    serve(() => ({ errors: [{ message: 'FAM-000007 is declined; reopen it before allocating', code: 'BAD_USER_INPUT' }] }));
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allocate FAM-000007' }));
    await userEvent.selectOptions(screen.getByLabelText('Lead worker'), 'Sarah Ahmed – 7 of 12');
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('FAM-000007 is declined; reopen it before allocating');
    expect(screen.getByLabelText('Lead worker')).toHaveValue('w-sarah');
  });

  it('asks whoever allocates a family only identified to confirm it meets the criteria, and says so to Hearth', async () => {
    const gateway = serve(() => ({ assignLeadWorker: { id: 'family-7', version: 4, status: 'ALLOCATED', leadWorker: { id: 'w-sarah', name: 'Sarah Ahmed' } } }), 'IDENTIFIED');
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allocate FAM-000007' }));
    await userEvent.selectOptions(screen.getByLabelText('Lead worker'), 'Sarah Ahmed – 7 of 12');
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Confirm that FAM-000007 meets the programme’s criteria' })).toHaveAttribute('href', '#allocate-eligible-CONFIRMED');
    expect(gateway.calls.some((call) => call.operationName === 'AssignLeadWorker')).toBe(false);

    await userEvent.click(screen.getByLabelText('I have checked that this family meets the programme’s criteria'));
    await userEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('FAM-000007 is now led by Sarah Ahmed');
    expect(gateway.calls.find((call) => call.operationName === 'AssignLeadWorker')?.variables).toEqual({ familyId: 'family-7', workerId: 'w-sarah', expectedVersion: 3, confirmEligible: true });
  });

  it('returns focus to the family’s Allocate button when the worker cancels', async () => {
    serve(() => ({}));
    render(<CaseloadOversight session={session} viewer={priya} />);
    const allocate = await screen.findByRole('button', { name: 'Allocate FAM-000007' });
    await userEvent.click(allocate);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Allocate FAM-000007' })).toHaveFocus());
  });
});
