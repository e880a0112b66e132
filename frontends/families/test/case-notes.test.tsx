import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, sarah, session, smyths } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

async function openCaseNotes(addCaseNote: (variables: Record<string, unknown>) => unknown) {
  const gateway = fakeGateway({ FamilyRecord: () => familyRecordAnswer(smyths()), FamilyChronology: ({ id }) => chronologyAnswer(String(id)), AddCaseNote: addCaseNote });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Case notes' });
  return { gateway, section };
}

describe('case notes', () => {
  it('lists the notes with who wrote them and when the contact was', async () => {
    const { section } = await openCaseNotes(vi.fn());
    expect(within(section).getByText('Last contact: 29 October 2026.')).toBeInTheDocument();
    expect(within(section).getByRole('row', { name: /29 October 2026 Home visit Sarah Ahmed Talked through the attendance plan./ })).toBeInTheDocument();
  });

  it('refuses a contact in the future and an empty note, then adds the note and says so', async () => {
    const { gateway, section } = await openCaseNotes(() => ({ addCaseNote: { id: 'cn-2', contactOn: '2026-11-02' } }));
    await userEvent.click(within(section).getByRole('button', { name: 'Add case note' }));
    expect(within(section).getByRole('heading', { name: 'Add case note' })).toHaveFocus();
    await userEvent.click(within(section).getByLabelText('Phone call'));
    await userEvent.type(within(section).getByLabelText('Day'), '2');
    await userEvent.type(within(section).getByLabelText('Month'), '11');
    await userEvent.type(within(section).getByLabelText('Year'), '2999');
    await userEvent.click(within(section).getByRole('button', { name: 'Add case note' }));
    const summary = within(section).getByRole('alert');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['Date of the contact must be today or in the past', 'Enter what happened and what was agreed']);

    await userEvent.clear(within(section).getByLabelText('Year'));
    await userEvent.type(within(section).getByLabelText('Year'), '2026');
    await userEvent.type(within(section).getByLabelText('What happened and what was agreed'), 'Called Poppy: Ella back at school full time.');
    await userEvent.click(within(section).getByRole('button', { name: 'Add case note' }));

    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Case note added to FAM-000021 for the contact on 2 November 2026');
    expect(gateway.calls.find((call) => call.operationName === 'AddCaseNote')?.variables).toEqual({
      input: { familyId: 'family-21', kind: 'PHONE_CALL', contactOn: '2026-11-02', body: 'Called Poppy: Ella back at school full time.' },
    });
  });
});
