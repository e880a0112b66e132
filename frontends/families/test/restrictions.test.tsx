import { fakeGateway, type FakeHandler } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import type { Viewer } from '../src/viewer.ts';
import { chronologyAnswer, familyRecordAnswer, helen, mark, priya, sarah, session, smyths, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const CONFLICT = 'Someone else changed FAM-000021 since you opened it (you had version 4, it is now 5). Reload it and make your change again.';
type Marker = ReturnType<typeof smyths>['restrictions'][number];
const STAFF_SAFETY: Marker = { id: 'x-1', kind: 'STAFF_SAFETY', createdAt: '2026-01-02T10:00:00.000Z', detailsVisibleToYourRole: true };

async function openMarkers(handlers: Record<string, FakeHandler>, viewer: Viewer = sarah, restrictions: Marker[] = [STAFF_SAFETY]) {
  const gateway = fakeGateway({
    FamilyRecord: (_variables, call) => familyRecordAnswer(smyths({ version: 3 + call, restrictions })),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    ...handlers,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={viewer} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Restricted markers' });
  return { gateway, section };
}

async function openAddForm(section: HTMLElement) {
  await userEvent.click(within(section).getByRole('button', { name: 'Add a restricted marker' }));
  expect(within(section).getByRole('heading', { name: 'Add a restricted marker' })).toHaveFocus();
  return within(section).getByRole('heading', { name: 'Add a restricted marker' }).parentElement!;
}

describe('adding a restricted marker', () => {
  it('offers only the kinds not in force, and says what is missing before sending anything', async () => {
    const add = vi.fn();
    const { section } = await openMarkers({ AddRestriction: add });
    const form = await openAddForm(section);
    const kinds = within(form).getByRole('group', { name: 'What kind of marker?' });
    expect(within(kinds).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['DOMESTIC_ABUSE', 'CSE_RISK', 'CHILD_PROTECTION']);
    const roles = within(form).getByRole('group', { name: 'Who may read the details?' });
    expect(within(roles).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER']);

    await userEvent.click(within(form).getByRole('button', { name: 'Add marker' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the kind of marker', '#restriction-kind-DOMESTIC_ABUSE'],
      ['Enter what the roles you name need to know', '#restriction-details'],
      ['Select at least one role that may read the details', '#restriction-roles-LEAD_WORKER'],
    ]);
    expect(add).not.toHaveBeenCalled();
  });

  it('warns a worker who leaves their own role off a domestic abuse marker, then adds it and says so', async () => {
    const { gateway, section } = await openMarkers({ AddRestriction: () => ({ addRestriction: { id: 'family-21', version: 5 } }) });
    const form = await openAddForm(section);
    await userEvent.click(within(form).getByLabelText('Domestic abuse'));
    await userEvent.type(within(form).getByLabelText('What do the roles you name need to know?'), 'Ex-partner has a non-molestation order; do not share the address.');
    await userEvent.click(within(form).getByLabelText('Managers'));
    expect(within(form).getByText(/you will no longer see the household’s address/)).toBeInTheDocument();
    await userEvent.click(within(form).getByLabelText('Lead workers'));
    expect(within(form).queryByText(/you will no longer see the household’s address/)).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Add marker' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Domestic abuse marker added to FAM-000021');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'AddRestriction')?.variables).toEqual({
      input: {
        familyId: 'family-21',
        kind: 'DOMESTIC_ABUSE',
        details: 'Ex-partner has a non-molestation order; do not share the address.',
        visibleToRoles: ['LEAD_WORKER', 'MANAGER'],
        expectedVersion: 4,
      },
    });
    await vi.waitFor(() => expect(gateway.calls.filter((call) => call.operationName === 'FamilyRecord')).toHaveLength(2));
  });

  it('when someone else changed the family first, offers to reload and keeps every answer', async () => {
    const add = vi.fn((_variables: Record<string, unknown>, call: number) =>
      call === 1 ? { errors: [{ message: CONFLICT, code: 'CONFLICT' }] } : { addRestriction: { id: 'family-21', version: 6 } },
    );
    const { gateway, section } = await openMarkers({ AddRestriction: add });
    const form = await openAddForm(section);
    await userEvent.click(within(form).getByLabelText('Child protection'));
    await userEvent.type(within(form).getByLabelText('What do the roles you name need to know?'), 'Child protection plan for Ella.');
    await userEvent.click(within(form).getByLabelText('Co-ordinators'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add marker' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(CONFLICT);
    await userEvent.click(within(form).getByRole('button', { name: 'Reload FAM-000021' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('You are now seeing the latest version of FAM-000021');
    expect(within(form).getByLabelText('Child protection')).toBeChecked();
    expect(within(form).getByLabelText('What do the roles you name need to know?')).toHaveValue('Child protection plan for Ella.');
    expect(within(form).getByLabelText('Co-ordinators')).toBeChecked();

    await userEvent.click(within(form).getByRole('button', { name: 'Add marker' }));
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.filter((call) => call.operationName === 'AddRestriction').map((call) => (call.variables.input as { expectedVersion: number }).expectedVersion)).toEqual([4, 5]);
  });

  it('shows the server’s refusal of the roles against that question', async () => {
    const { section } = await openMarkers({
      AddRestriction: () => ({ errors: [{ message: 'Invalid input: visibleToRoles may name only LEAD_WORKER, COORDINATOR, MANAGER, PARTNER', code: 'BAD_USER_INPUT', field: 'visibleToRoles' }] }),
    });
    const form = await openAddForm(section);
    await userEvent.click(within(form).getByLabelText('Risk of child sexual exploitation'));
    await userEvent.type(within(form).getByLabelText('What do the roles you name need to know?'), 'Known to the CSE team.');
    await userEvent.click(within(form).getByLabelText('Partner agency workers'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add marker' }));
    expect(await within(form).findByRole('link', { name: /visibleToRoles may name only/ })).toHaveAttribute('href', '#restriction-roles-LEAD_WORKER');
    expect(within(form).getByLabelText('Partner agency workers')).toBeChecked();
  });
});

describe('lifting a restricted marker', () => {
  const openLift = async (section: HTMLElement) => {
    await userEvent.click(within(section).getByRole('button', { name: 'Lift the staff safety marker' }));
    expect(within(section).getByRole('heading', { name: 'Lift the staff safety marker' })).toHaveFocus();
    return within(section).getByRole('heading', { name: 'Lift the staff safety marker' }).parentElement!;
  };

  it('asks a manager why, then lifts the marker and says so', async () => {
    const { gateway, section } = await openMarkers({ LiftRestriction: () => ({ liftRestriction: { id: 'family-21', version: 5 } }) }, helen);
    const form = await openLift(section);
    await userEvent.click(within(form).getByRole('button', { name: 'Lift marker' }));
    expect(within(within(form).getByRole('alert')).getByRole('link', { name: 'Enter why the staff safety marker can be lifted' })).toHaveAttribute('href', '#lift-restriction-reason');
    await userEvent.type(within(form).getByLabelText('Why can the marker be lifted?'), 'Reviewed');
    await userEvent.click(within(form).getByRole('button', { name: 'Lift marker' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Reason must be at least 10 characters, so that it says why');

    await userEvent.type(within(form).getByLabelText('Why can the marker be lifted?'), ' with the police on 3 March: no longer a risk');
    await userEvent.click(within(form).getByRole('button', { name: 'Lift marker' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Staff safety marker lifted from FAM-000021');
    expect(gateway.calls.find((call) => call.operationName === 'LiftRestriction')?.variables).toEqual({
      restrictionId: 'x-1',
      reason: 'Reviewed with the police on 3 March: no longer a risk',
    });
  });

  it('when the marker was lifted by someone else first, says so, offers to reload and keeps the reason', async () => {
    const { section } = await openMarkers(
      { LiftRestriction: () => ({ errors: [{ message: 'That STAFF_SAFETY marker on FAM-000021 has already been lifted', code: 'CONFLICT' }] }) },
      helen,
    );
    const form = await openLift(section);
    await userEvent.type(within(form).getByLabelText('Why can the marker be lifted?'), 'Risk reviewed and closed');
    await userEvent.click(within(form).getByRole('button', { name: 'Lift marker' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('That STAFF_SAFETY marker on FAM-000021 has already been lifted');
    expect(within(form).getByRole('button', { name: 'Reload FAM-000021' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Why can the marker be lifted?')).toHaveValue('Risk reviewed and closed');
  });

  it.each([
    ['a lead worker', sarah],
    ['a co-ordinator', priya],
  ])('is not offered to %s, who may still add markers', async (_who, viewer) => {
    const { section } = await openMarkers({}, viewer);
    expect(within(section).getByRole('button', { name: 'Add a restricted marker' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Lift/ })).not.toBeInTheDocument();
  });
});

describe('who may add markers', () => {
  it.each([
    ['a partner', mark],
    ['an analyst', tom],
  ])('offers %s neither adding nor lifting', async (_who, viewer) => {
    const { section } = await openMarkers({}, viewer, [{ ...STAFF_SAFETY, detailsVisibleToYourRole: false }]);
    expect(within(section).queryAllByRole('button')).toEqual([]);
  });

  it('offers no new marker once every kind is in force', async () => {
    const all = (['DOMESTIC_ABUSE', 'CSE_RISK', 'CHILD_PROTECTION', 'STAFF_SAFETY'] as const).map((kind, index) => ({ ...STAFF_SAFETY, id: `x-${index}`, kind }));
    const { section } = await openMarkers({}, helen, all);
    expect(within(section).queryByRole('button', { name: 'Add a restricted marker' })).not.toBeInTheDocument();
    expect(within(section).getAllByRole('button', { name: /^Lift the/ })).toHaveLength(4);
  });
});
