import { fakeGateway, type FakeHandler } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import type { Viewer } from '../src/viewer.ts';
import { chronologyAnswer, familyRecordAnswer, mark, priya, sarah, session, smyths, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const CONFLICT = 'Someone else changed FAM-000021 since you opened it (you had version 4, it is now 5). Reload it and make your change again.';

async function openHousehold(updateHousehold: FakeHandler, { viewer = sarah as Viewer, family = smyths() } = {}) {
  const gateway = fakeGateway({
    FamilyRecord: (_variables, call) => familyRecordAnswer({ ...family, version: family.version + call - 1 }),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    UpdateHousehold: updateHousehold,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={viewer} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Household' });
  return { gateway, section };
}

async function openForm(section: HTMLElement) {
  await userEvent.click(within(section).getByRole('button', { name: 'Change household details' }));
  expect(within(section).getByRole('heading', { name: 'Change household details' })).toHaveFocus();
}

const save = (section: HTMLElement) => userEvent.click(within(section).getByRole('button', { name: 'Save household details' }));

async function retype(field: HTMLElement, text: string) {
  await userEvent.clear(field);
  if (text) await userEvent.type(field, text);
}

describe('changing the household’s details', () => {
  it('starts from the household as it is, and says what is wrong before sending anything', async () => {
    const update = vi.fn();
    const { section } = await openHousehold(update);
    await openForm(section);
    expect(within(section).getByLabelText('Address')).toHaveValue('185 Station Road');
    expect(within(section).getByLabelText('Postcode')).toHaveValue('S63 5BN');
    expect(within(section).getByLabelText('Area')).toHaveValue('Rotherham North');
    expect(within(section).getByLabelText('Cohort (optional)')).toHaveValue('Phase 2, Year 2 cohort');
    expect(within(section).getByLabelText('Troubled Families phase 2 (2015 to 2020)')).toBeChecked();

    await save(section);
    let summary = within(section).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('You have not changed any of the household’s details: change one, or cancel');

    await retype(within(section).getByLabelText('Address'), '');
    await retype(within(section).getByLabelText('Postcode'), 'S63 5B');
    await save(section);
    summary = within(section).getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the first line of the address', '#household-address-line'],
      ['Enter a real UK postcode, like S60 1AE', '#household-postcode'],
    ]);
    expect(within(section).getByLabelText('Postcode')).toHaveAttribute('aria-invalid', 'true');
    expect(within(section).getByLabelText('Postcode')).toHaveAccessibleDescription(/Error: Enter a real UK postcode/);
    expect(update).not.toHaveBeenCalled();
  });

  it('sends only what changed, against the version the worker saw, then says so and loads the record afresh', async () => {
    const { gateway, section } = await openHousehold(() => ({ updateHousehold: { id: 'family-21', version: 5 } }));
    await openForm(section);
    await retype(within(section).getByLabelText('Address'), '19 Doncaster Road');
    await retype(within(section).getByLabelText('Postcode'), ' s60  2jh');
    await retype(within(section).getByLabelText('Cohort (optional)'), '');
    await save(section);

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('The household details of FAM-000021 have been changed');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'UpdateHousehold')?.variables).toEqual({
      input: { familyId: 'family-21', expectedVersion: 4, addressLine: '19 Doncaster Road', postcode: 'S60 2JH', cohort: null },
    });
    expect(within(section).queryByRole('heading', { name: 'Change household details' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(gateway.calls.filter((call) => call.operationName === 'FamilyRecord')).toHaveLength(2));
  });

  it('puts the server’s refusal against the field it names, keeping what was typed', async () => {
    const { section } = await openHousehold(() => ({ errors: [{ message: 'Invalid input: postcode must be a UK postcode, e.g. S60 1AE', code: 'BAD_USER_INPUT', field: 'postcode' }] }));
    await openForm(section);
    await retype(within(section).getByLabelText('Postcode'), 'ZZ1 1ZZ');
    await save(section);
    const link = await within(section).findByRole('link', { name: 'Invalid input: postcode must be a UK postcode, e.g. S60 1AE' });
    expect(link).toHaveAttribute('href', '#household-postcode');
    expect(within(section).getByLabelText('Postcode')).toHaveValue('ZZ1 1ZZ');
  });

  it('when someone else changed the family first, offers to reload and sends the kept answers against the new version', async () => {
    const update = vi.fn((_variables: Record<string, unknown>, call: number) =>
      call === 1 ? { errors: [{ message: CONFLICT, code: 'CONFLICT' }] } : { updateHousehold: { id: 'family-21', version: 6 } },
    );
    const { gateway, section } = await openHousehold(update);
    await openForm(section);
    await retype(within(section).getByLabelText('Address'), '2 Second Street');
    await save(section);

    expect(await within(section).findByRole('alert')).toHaveTextContent(CONFLICT);
    await userEvent.click(within(section).getByRole('button', { name: 'Reload FAM-000021' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('You are now seeing the latest version of FAM-000021');
    expect(within(section).getByLabelText('Address')).toHaveValue('2 Second Street');

    await save(section);
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.filter((call) => call.operationName === 'UpdateHousehold').map((call) => call.variables.input)).toEqual([
      { familyId: 'family-21', expectedVersion: 4, addressLine: '2 Second Street' },
      { familyId: 'family-21', expectedVersion: 5, addressLine: '2 Second Street' },
    ]);
  });

  it('offers a co-ordinator only their own areas, and moves the family between them', async () => {
    const { gateway, section } = await openHousehold(() => ({ updateHousehold: { id: 'family-21', version: 5 } }), { viewer: priya });
    await openForm(section);
    const area = within(section).getByLabelText('Area');
    expect(within(area).getAllByRole('option').map((option) => option.textContent)).toEqual(['Rotherham North']);
    await userEvent.click(within(section).getByLabelText('Supporting Families (2022 onwards)'));
    await save(section);
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.find((call) => call.operationName === 'UpdateHousehold')?.variables).toEqual({
      input: { familyId: 'family-21', expectedVersion: 4, programmePhase: 'SUPPORTING_FAMILIES' },
    });
  });

  it('does not offer the address to change when a domestic abuse marker keeps it from the worker', async () => {
    const family = smyths({ addressLine: null, postcode: null, restrictions: [{ id: 'x-1', kind: 'DOMESTIC_ABUSE', createdAt: '2026-01-02T10:00:00.000Z', detailsVisibleToYourRole: false }] });
    const { gateway, section } = await openHousehold(() => ({ updateHousehold: { id: 'family-21', version: 5 } }), { family });
    await openForm(section);
    expect(within(section).queryByLabelText('Address')).not.toBeInTheDocument();
    expect(within(section).getByText(/A domestic abuse marker keeps the household’s address from your role/)).toBeInTheDocument();
    await userEvent.selectOptions(within(section).getByLabelText('Area'), 'Wentworth North');
    await save(section);
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.find((call) => call.operationName === 'UpdateHousehold')?.variables).toEqual({ input: { familyId: 'family-21', expectedVersion: 4, area: 'Wentworth North' } });
  });

  it.each([
    ['a partner', mark],
    ['an analyst', tom],
  ])('offers %s no change to the household', async (_who, viewer) => {
    await openHousehold(vi.fn(), { viewer });
    expect(screen.queryByRole('button', { name: 'Change household details' })).not.toBeInTheDocument();
  });
});
