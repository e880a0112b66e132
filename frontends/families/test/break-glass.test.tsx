import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, helen, session, smyths } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const marker = { id: 'x-1', kind: 'DOMESTIC_ABUSE' as const, createdAt: '2026-01-02T10:00:00.000Z', detailsVisibleToYourRole: true };

async function openMarkers(restrictedDetails: (variables: Record<string, unknown>) => unknown) {
  const gateway = fakeGateway({
    FamilyRecord: () => familyRecordAnswer(smyths({ restrictions: [marker] })),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    RestrictedDetails: restrictedDetails,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={helen} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Restricted markers' });
  return { gateway, section };
}

describe('viewing the details of restricted markers (break glass)', () => {
  it('shows that a marker exists to everyone, and warns from the top of the record', async () => {
    const { section } = await openMarkers(vi.fn());
    expect(within(section).getByRole('row', { name: /Domestic abuse 2 January 2026/ })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Household' })).getByText(/This family has restricted markers \(domestic abuse\)/)).toBeInTheDocument();
  });

  it('asks why first, refuses a reason too short to say why, and reads nothing until given one', async () => {
    const read = vi.fn();
    const { section } = await openMarkers(read);
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));
    expect(within(section).getByRole('heading', { name: 'View the details of the restricted markers' })).toHaveFocus();
    expect(within(section).getByText(/recorded in the audit trail with your name/)).toBeInTheDocument();

    await userEvent.type(within(section).getByLabelText('Why do you need to see the details?'), 'visit');
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Reason must be at least 10 characters');
    expect(read).not.toHaveBeenCalled();
  });

  it('sends the reason and shows the details it unlocks', async () => {
    const { gateway, section } = await openMarkers(() => ({
      restrictedDetails: [{ id: 'x-1', kind: 'DOMESTIC_ABUSE', createdAt: '2026-01-02T10:00:00.000Z', details: 'Ex-partner under a non-molestation order; do not share the address.' }],
    }));
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));
    await userEvent.type(within(section).getByLabelText('Why do you need to see the details?'), 'Planning a joint visit with the police on Thursday');
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));

    expect(await within(section).findByText('Ex-partner under a non-molestation order; do not share the address.')).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: 'Details of the restricted markers' })).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'RestrictedDetails')?.variables).toEqual({
      familyId: 'family-21',
      reason: 'Planning a joint visit with the police on Thursday',
    });
  });

  it('shows the server’s refusal when the role turns out not to be named', async () => {
    const { section } = await openMarkers(() => ({
      errors: [{ message: 'The restricted markers on FAM-000021 do not name your role (MANAGER), so their details cannot be shown to you', code: 'FORBIDDEN' }],
    }));
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));
    await userEvent.type(within(section).getByLabelText('Why do you need to see the details?'), 'Checking before the case review');
    await userEvent.click(within(section).getByRole('button', { name: 'View details' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('do not name your role (MANAGER)');
    expect(within(section).getByLabelText('Why do you need to see the details?')).toHaveValue('Checking before the case review');
  });
});
