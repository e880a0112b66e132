import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CaseloadOversight from '../src/oversight/CaseloadOversight.tsx';
import { priya, session } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

function serve(setLimit: (variables: Record<string, unknown>) => unknown) {
  let sarahLimit = 12;
  const gateway = fakeGateway({
    CaseloadOversight: () => ({
      caseloadOversight: {
        area: 'Rotherham North',
        unallocated: [],
        workers: [{ worker: { id: 'w-sarah', name: 'Sarah Ahmed' }, caseloadCount: 11, caseloadLimit: sarahLimit, overLimit: 11 > sarahLimit }],
        overLimit: 11 > sarahLimit ? [{ worker: { id: 'w-sarah', name: 'Sarah Ahmed' }, caseloadCount: 11, caseloadLimit: sarahLimit, overLimit: true }] : [],
        stale: [],
      },
    }),
    SetCaseloadLimit: (variables) => {
      const answer = setLimit(variables) as { setCaseloadLimit?: { caseloadLimit: number } };
      if (answer.setCaseloadLimit) sarahLimit = answer.setCaseloadLimit.caseloadLimit;
      return answer;
    },
  });
  vi.stubGlobal('fetch', gateway.fetch);
  return gateway;
}

const sarahAt = (caseloadLimit: number) => ({ setCaseloadLimit: { id: 'w-sarah', name: 'Sarah Ahmed', caseloadLimit, caseloadCount: 11, overLimit: 11 > caseloadLimit } });

describe('setting a lead worker’s caseload limit from the oversight page', () => {
  it('checks the number typed, then saves it and shows the caseload against the new limit', async () => {
    const gateway = serve(() => sarahAt(10));
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change limit for Sarah Ahmed' }));
    expect(screen.getByRole('heading', { name: 'Caseload limit for Sarah Ahmed' })).toHaveFocus();
    const input = screen.getByLabelText('How many families may Sarah Ahmed lead at once?');
    expect(input).toHaveValue('12');

    for (const [typed, problem] of [
      ['', 'Enter how many families Sarah Ahmed may lead at once'],
      ['ten', 'Caseload limit must be a whole number, like 12'],
      ['51', 'Caseload limit must be 50 or fewer'],
    ]) {
      await userEvent.clear(input);
      if (typed) await userEvent.type(input, typed);
      await userEvent.click(screen.getByRole('button', { name: 'Save caseload limit' }));
      expect(within(screen.getByRole('alert')).getByRole('link', { name: problem })).toHaveAttribute('href', '#caseload-limit');
    }
    expect(gateway.calls.some((call) => call.operationName === 'SetCaseloadLimit')).toBe(false);

    await userEvent.clear(input);
    await userEvent.type(input, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save caseload limit' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Sarah Ahmed may now lead 10 families at once, fewer than the 11 they lead');
    expect(gateway.calls.find((call) => call.operationName === 'SetCaseloadLimit')?.variables).toEqual({ workerId: 'w-sarah', limit: 10 });
    const workers = screen.getByRole('region', { name: 'Lead workers in Rotherham North' });
    expect(await within(workers).findByText('11 of 10')).toBeInTheDocument();
  });

  it('shows Hearth’s refusal against the field and keeps the number typed', async () => {
    serve(() => ({ errors: [{ message: 'Sarah Ahmed works in Rotherham North, none of which is yours', code: 'FORBIDDEN' }] }));
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change limit for Sarah Ahmed' }));
    const input = screen.getByLabelText('How many families may Sarah Ahmed lead at once?');
    await userEvent.clear(input);
    await userEvent.type(input, '15');
    await userEvent.click(screen.getByRole('button', { name: 'Save caseload limit' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('none of which is yours');
    expect(input).toHaveValue('15');
  });

  it('puts focus back on the worker’s button when cancelled', async () => {
    serve(() => sarahAt(12));
    render(<CaseloadOversight session={session} viewer={priya} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Change limit for Sarah Ahmed' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Change limit for Sarah Ahmed' })).toHaveFocus());
  });
});
