import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, sarah, session, smyths } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const CONFLICT = 'Someone else changed FAM-000021 since you opened it (you had version 4, it is now 5). Reload it and make your change again.';

async function openStatusForm(changeFamilyStatus: (variables: Record<string, unknown>, call: number) => unknown, versions = [4, 5, 6]) {
  const gateway = fakeGateway({
    FamilyRecord: (_variables, call) => familyRecordAnswer(smyths({ version: versions[Math.min(call, versions.length) - 1]! })),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    ChangeFamilyStatus: changeFamilyStatus,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
  const status = await screen.findByRole('region', { name: 'Status' });
  return { gateway, status };
}

describe('the family’s status', () => {
  it('shows how long the family has been at its status, and its steps by the day each took effect, newest first', async () => {
    const { status } = await openStatusForm(vi.fn());
    expect(within(status).getByText(/since 10 January 2026/)).toBeInTheDocument();
    const rows = within(status).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '10 January 2026AllocatedEngagedFirst home visit went well',
      '13 December 2025IdentifiedAllocatedLead worker allocated',
      '3 November 2025Not in the programmeIdentifiedNominated by a partner agency',
    ]);
  });
});

describe('moving a family to its next status', () => {
  it('offers only the steps the lifecycle allows, and says what is missing before sending anything', async () => {
    const change = vi.fn();
    const { status } = await openStatusForm(change);
    const steps = within(status).getByRole('group', { name: 'Move the family to' });
    expect(within(steps).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['PLAN_ACTIVE', 'DISENGAGED', 'STEPPED_UP', 'STEPPED_DOWN']);

    await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));
    const summary = within(status).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Select the step FAM-000021 is taking' })).toHaveAttribute('href', '#status-to-PLAN_ACTIVE');
    expect(within(summary).getByRole('link', { name: /Enter why/ })).toHaveAttribute('href', '#status-reason');
    expect(within(status).getByLabelText('Why?')).toHaveAttribute('aria-invalid', 'true');
    expect(change).not.toHaveBeenCalled();
  });

  it('sends the version the worker saw, then says so in a banner that takes focus', async () => {
    const { gateway, status } = await openStatusForm(() => ({ changeFamilyStatus: { id: 'family-21', status: 'PLAN_ACTIVE', version: 5 } }));
    await userEvent.click(within(status).getByLabelText('Plan active'));
    await userEvent.type(within(status).getByLabelText('Why?'), 'Plan agreed at the Team Around the Family meeting');
    await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('FAM-000021 is now plan active');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'ChangeFamilyStatus')?.variables).toEqual({
      input: { familyId: 'family-21', to: 'PLAN_ACTIVE', reason: 'Plan agreed at the Team Around the Family meeting', expectedVersion: 4 },
    });
    // The record and its chronology are asked for afresh, so they show the change.
    await vi.waitFor(() => {
      expect(gateway.calls.filter((call) => call.operationName === 'FamilyRecord')).toHaveLength(2);
      expect(gateway.calls.filter((call) => call.operationName === 'FamilyChronology')).toHaveLength(2);
    });
  });

  it('when someone else changed the family first, says so, offers to reload, and keeps what was typed', async () => {
    const change = vi.fn((_variables: Record<string, unknown>, call: number) =>
      call === 1 ? { errors: [{ message: CONFLICT, code: 'CONFLICT' }] } : { changeFamilyStatus: { id: 'family-21', status: 'PLAN_ACTIVE', version: 6 } },
    );
    const { gateway, status } = await openStatusForm(change);
    await userEvent.click(within(status).getByLabelText('Plan active'));
    await userEvent.type(within(status).getByLabelText('Why?'), 'Plan agreed at the meeting');
    await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));

    const summary = await within(status).findByRole('alert');
    expect(summary).toHaveTextContent(CONFLICT);
    expect(summary).toHaveFocus();
    await userEvent.click(within(status).getByRole('button', { name: 'Reload FAM-000021' }));

    expect(await within(status).findByRole('status')).toHaveTextContent('You are now seeing the latest version of FAM-000021');
    expect(within(status).getByRole('status')).toHaveFocus();
    expect(within(status).getByLabelText('Why?')).toHaveValue('Plan agreed at the meeting');
    expect(within(status).getByLabelText('Plan active')).toBeChecked();

    await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));
    await screen.findByRole('alert', { name: 'Success' });
    const sent = gateway.calls.filter((call) => call.operationName === 'ChangeFamilyStatus').map((call) => (call.variables.input as { expectedVersion: number }).expectedVersion);
    expect(sent).toEqual([4, 5]);
  });

  it('shows the server’s refusal of a step against the question it was about', async () => {
    const { status } = await openStatusForm(() => ({
      errors: [{ message: 'FAM-000021 needs a lead worker before it can be plan active', code: 'BAD_USER_INPUT', field: 'to' }],
    }));
    await userEvent.click(within(status).getByLabelText('Plan active'));
    await userEvent.type(within(status).getByLabelText('Why?'), 'Plan agreed');
    await userEvent.click(within(status).getByRole('button', { name: 'Change status' }));
    expect(await within(status).findByRole('link', { name: 'FAM-000021 needs a lead worker before it can be plan active' })).toBeInTheDocument();
    expect(within(status).getByRole('group', { name: 'Move the family to' })).toHaveAccessibleDescription(/Error: FAM-000021 needs a lead worker/);
  });
});
