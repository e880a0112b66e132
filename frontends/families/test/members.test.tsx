import { fakeGateway, type FakeHandler } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import type { Viewer } from '../src/viewer.ts';
import { chronologyAnswer, familyRecordAnswer, mark, sarah, session, smyths, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const CONFLICT = 'Someone else changed FAM-000021 since you opened it (you had version 4, it is now 5). Reload it and make your change again.';

async function openMembers(handlers: Record<string, FakeHandler>, viewer: Viewer = sarah) {
  const gateway = fakeGateway({
    FamilyRecord: (_variables, call) => familyRecordAnswer(smyths({ version: 3 + call })),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    ...handlers,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={viewer} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Members' });
  return { gateway, section };
}

async function typeDate(form: HTMLElement, { day, month, year }: { day: string; month: string; year: string }) {
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    await userEvent.clear(within(form).getByLabelText(label));
    await userEvent.type(within(form).getByLabelText(label), value);
  }
}

const panel = (section: HTMLElement, title: string) => within(section).getByRole('heading', { name: title }).parentElement!;

describe('adding a family member', () => {
  it('asks every question, checks the date of birth has happened, and asks for a school only for children and young people', async () => {
    const add = vi.fn();
    const { section } = await openMembers({ AddFamilyMember: add });
    await userEvent.click(within(section).getByRole('button', { name: 'Add a family member' }));
    expect(within(section).getByRole('heading', { name: 'Add a family member' })).toHaveFocus();
    const form = panel(section, 'Add a family member');
    expect(within(form).queryByLabelText('School or setting (optional)')).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Add family member' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter their full name', '#new-member-full-name'],
      ['Enter date of birth', '#new-member-date-of-birth-day'],
      ['Select their role in the family', '#new-member-role-PARENT_CARER'],
      ['Select their sex, or Not known', '#new-member-sex-FEMALE'],
    ]);

    await userEvent.type(within(form).getByLabelText('Full name'), 'Tyler Smyth');
    await typeDate(form, { day: '31', month: '2', year: '2015' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add family member' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Date of birth must be a real date');
    await typeDate(form, { day: '1', month: '2', year: '2999' });
    await userEvent.click(within(form).getByRole('button', { name: 'Add family member' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Date of birth must be today or in the past');

    await userEvent.click(within(form).getByLabelText('Child'));
    expect(within(form).getByLabelText('School or setting (optional)')).toBeInTheDocument();
    expect(add).not.toHaveBeenCalled();
  });

  it('adds the person against the version the worker saw, then says so and loads the record afresh', async () => {
    const { gateway, section } = await openMembers({ AddFamilyMember: () => ({ addFamilyMember: { id: 'p-3', fullName: 'Tyler Smyth' } }) });
    await userEvent.click(within(section).getByRole('button', { name: 'Add a family member' }));
    const form = panel(section, 'Add a family member');
    await userEvent.type(within(form).getByLabelText('Full name'), ' Tyler Smyth ');
    await typeDate(form, { day: '1', month: '9', year: '2015' });
    await userEvent.click(within(form).getByLabelText('Child'));
    await userEvent.click(within(form).getByLabelText('Male'));
    await userEvent.type(within(form).getByLabelText('School or setting (optional)'), 'Thornhill Primary School');
    await userEvent.click(within(form).getByRole('button', { name: 'Add family member' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Tyler Smyth has been added to FAM-000021');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'AddFamilyMember')?.variables).toEqual({
      familyId: 'family-21',
      member: { fullName: 'Tyler Smyth', dateOfBirth: '2015-09-01', role: 'CHILD', sex: 'MALE', school: 'Thornhill Primary School' },
      expectedVersion: 4,
    });
    await vi.waitFor(() => expect(gateway.calls.filter((call) => call.operationName === 'FamilyRecord')).toHaveLength(2));
  });

  it('puts the server’s refusal against the date of birth, keeping every answer', async () => {
    const { section } = await openMembers({
      AddFamilyMember: () => ({ errors: [{ message: 'Invalid input: dateOfBirth must be a date in the past, written YYYY-MM-DD', code: 'BAD_USER_INPUT', field: 'dateOfBirth' }] }),
    });
    await userEvent.click(within(section).getByRole('button', { name: 'Add a family member' }));
    const form = panel(section, 'Add a family member');
    await userEvent.type(within(form).getByLabelText('Full name'), 'Dean Smyth');
    await typeDate(form, { day: '2', month: '2', year: '1980' });
    await userEvent.click(within(form).getByLabelText('Other adult'));
    await userEvent.click(within(form).getByLabelText('Not known'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add family member' }));

    expect(await within(form).findByRole('link', { name: /dateOfBirth must be a date in the past/ })).toHaveAttribute('href', '#new-member-date-of-birth-day');
    expect(within(form).getByRole('group', { name: 'Date of birth' })).toHaveAccessibleDescription(/Error: Invalid input: dateOfBirth/);
    expect(within(form).getByLabelText('Full name')).toHaveValue('Dean Smyth');
    expect(within(form).getByLabelText('Year')).toHaveValue('1980');
    expect(within(form).getByLabelText('Other adult')).toBeChecked();
  });
});

describe('changing a member’s details', () => {
  const openChange = async (section: HTMLElement) => {
    await userEvent.click(within(section).getByRole('button', { name: 'Change Ella Smyth’s details' }));
    expect(within(section).getByRole('heading', { name: 'Change Ella Smyth’s details' })).toHaveFocus();
    return panel(section, 'Change Ella Smyth’s details');
  };

  it('starts from their details, refuses no change at all, and sends only what changed', async () => {
    const { gateway, section } = await openMembers({ UpdatePerson: () => ({ updatePerson: { id: 'p-2', fullName: 'Ella Smyth-Hirst' } }) });
    const form = await openChange(section);
    expect(within(form).getByLabelText('Full name')).toHaveValue('Ella Smyth');
    expect(within(form).getByLabelText('Year')).toHaveValue('2009');
    expect(within(form).getByLabelText('Young person')).toBeChecked();
    expect(within(form).getByLabelText('School or setting (optional)')).toHaveValue('Oakwood High School');

    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('You have not changed any of Ella Smyth’s details: change one, or cancel');

    await userEvent.clear(within(form).getByLabelText('Full name'));
    await userEvent.type(within(form).getByLabelText('Full name'), 'Ella Smyth-Hirst');
    await userEvent.clear(within(form).getByLabelText('School or setting (optional)'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Ella Smyth-Hirst’s details have been changed');
    expect(gateway.calls.find((call) => call.operationName === 'UpdatePerson')?.variables).toEqual({
      input: { personId: 'p-2', expectedVersion: 4, fullName: 'Ella Smyth-Hirst', school: null },
    });
  });

  it('when someone else changed the family first, offers to reload and sends the kept answers against the new version', async () => {
    const update = vi.fn((_variables: Record<string, unknown>, call: number) =>
      call === 1 ? { errors: [{ message: CONFLICT, code: 'CONFLICT' }] } : { updatePerson: { id: 'p-2', fullName: 'Ella Smyth' } },
    );
    const { gateway, section } = await openMembers({ UpdatePerson: update });
    const form = await openChange(section);
    await userEvent.click(within(form).getByLabelText('Other adult'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(CONFLICT);
    await userEvent.click(within(form).getByRole('button', { name: 'Reload FAM-000021' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('You are now seeing the latest version of FAM-000021');
    expect(within(form).getByLabelText('Other adult')).toBeChecked();

    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.filter((call) => call.operationName === 'UpdatePerson').map((call) => call.variables.input)).toEqual([
      { personId: 'p-2', expectedVersion: 4, role: 'OTHER_ADULT' },
      { personId: 'p-2', expectedVersion: 5, role: 'OTHER_ADULT' },
    ]);
  });

  it('cancelling returns focus to the member’s Change button', async () => {
    const { section } = await openMembers({});
    const form = await openChange(section);
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await vi.waitFor(() => expect(within(section).getByRole('button', { name: 'Change Ella Smyth’s details' })).toHaveFocus());
  });
});

describe('recording how members are related', () => {
  const openRelate = async (section: HTMLElement) => {
    await userEvent.click(within(section).getByRole('button', { name: 'Add a relationship for Ella Smyth' }));
    return panel(section, 'Add a relationship for Ella Smyth');
  };

  it('says when the relationship is recorded already, and records one from the member’s side, turned round as the API reads it', async () => {
    const { gateway, section } = await openMembers({ RecordRelationship: () => ({ recordRelationship: { id: 'r-2' } }) });
    const form = await openRelate(section);
    await userEvent.click(within(form).getByRole('button', { name: 'Add relationship' }));
    expect(within(within(form).getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select who Ella Smyth is related to',
      'Select how Ella Smyth is related to them',
    ]);

    await userEvent.selectOptions(within(form).getByLabelText('Who are they related to?'), 'p-1');
    await userEvent.click(within(form).getByLabelText('Child of Poppy Smyth'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add relationship' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Ella Smyth is recorded as child of Poppy Smyth already');

    await userEvent.click(within(form).getByLabelText('Cared for by Poppy Smyth'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add relationship' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Ella Smyth is recorded as cared for by Poppy Smyth');
    expect(gateway.calls.find((call) => call.operationName === 'RecordRelationship')?.variables).toEqual({
      input: { familyId: 'family-21', personId: 'p-1', relatedPersonId: 'p-2', kind: 'CARER_OF' },
    });
  });

  it('shows the server’s refusal against the member it was about, keeping the answers', async () => {
    const { section } = await openMembers({
      RecordRelationship: () => ({ errors: [{ message: 'Person p-1 is not a current member of FAM-000021', code: 'BAD_USER_INPUT', field: 'personId' }] }),
    });
    const form = await openRelate(section);
    await userEvent.selectOptions(within(form).getByLabelText('Who are they related to?'), 'p-1');
    await userEvent.click(within(form).getByLabelText('Sibling of Poppy Smyth'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add relationship' }));
    expect(await within(form).findByRole('link', { name: 'Person p-1 is not a current member of FAM-000021' })).toHaveAttribute('href', '#relationship-p-2-other');
    expect(within(form).getByLabelText('Sibling of Poppy Smyth')).toBeChecked();
  });
});

describe('who may change members', () => {
  it.each([
    ['a partner', mark],
    ['an analyst', tom],
  ])('offers %s nothing to change', async (_who, viewer) => {
    const { section } = await openMembers({}, viewer);
    expect(within(section).queryAllByRole('button')).toEqual([]);
  });
});

describe('removing a relationship recorded in error', () => {
  it('asks which and why, then takes it off the record and says so', async () => {
    const remove = vi.fn(() => ({ removeRelationship: { id: 'family-21', version: 5 } }));
    const { gateway, section } = await openMembers({ RemoveRelationship: remove });
    await userEvent.click(within(section).getByRole('button', { name: 'Remove a relationship of Ella Smyth' }));
    const form = panel(section, 'Remove one of Ella Smyth’s relationships');
    expect(within(section).getByRole('heading', { name: 'Remove one of Ella Smyth’s relationships' })).toHaveFocus();

    await userEvent.click(within(form).getByRole('button', { name: 'Remove relationship' }));
    expect(within(within(form).getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select which of Ella Smyth’s relationships to remove',
      'Enter why the relationship was recorded in error',
    ]);
    expect(remove).not.toHaveBeenCalled();

    await userEvent.click(within(form).getByLabelText('Child of Poppy Smyth'));
    await userEvent.type(within(form).getByLabelText('Why was it wrong?'), 'Poppy is her aunt, not her mother');
    await userEvent.click(within(form).getByRole('button', { name: 'Remove relationship' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Ella Smyth is no longer recorded as child of Poppy Smyth');
    expect(gateway.calls.find((call) => call.operationName === 'RemoveRelationship')?.variables).toEqual({ input: { relationshipId: 'r-1', reason: 'Poppy is her aunt, not her mother' } });
  });

  it('is not offered to a partner, nor for a member with no relationships', async () => {
    const { section } = await openMembers({}, mark);
    expect(within(section).queryByRole('button', { name: /Remove a relationship/ })).not.toBeInTheDocument();
  });
});
