import { fakeGateway } from '@hearth/client/testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyProgress from '../src/family-progress/FamilyProgress.tsx';
import type { Viewer } from '../src/viewer.ts';
import { attendance, ATTENDANCE, EMPLOYMENT, mark, planAnswer, priya, progressAnswer, sarah, session, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

type Handler = (variables: Record<string, unknown>, call: number) => unknown;

async function openForm(recordProgress: Handler, viewer: Viewer = sarah, familyProgress: Handler = () => progressAnswer([attendance()])) {
  const gateway = fakeGateway({ FamilyProgress: familyProgress, OutcomesPlan: () => planAnswer(), RecordProgress: recordProgress });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyProgress session={session} familyId="family-1" viewer={viewer} />);
  const section = await screen.findByRole('region', { name: 'Progress against the Outcomes Plan' });
  await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));
  expect(within(section).getByRole('heading', { name: 'Record progress' })).toHaveFocus();
  await within(section).findByLabelText('Measure of the Outcomes Plan');
  return { gateway, section };
}

async function fillDay(section: HTMLElement, day: string, month: string, year: string) {
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    await userEvent.clear(within(section).getByLabelText(label));
    await userEvent.type(within(section).getByLabelText(label), value);
  }
}

const summaryLinks = (section: HTMLElement) => within(within(section).getByRole('alert')).getAllByRole('link');

describe('recording progress', () => {
  it('offers the plan’s measures under their headline problems and explains each status, with the measure’s weeks', async () => {
    const { section } = await openForm(vi.fn());
    const measure = within(section).getByLabelText('Measure of the Outcomes Plan');
    expect([...measure.querySelectorAll('optgroup')].map((group) => [group.label, [...group.querySelectorAll('option')].map((o) => o.textContent)])).toEqual([
      ['School attendance and behaviour', [ATTENDANCE]],
      ['Out of work or severe debts', ['Adults progressing towards work', EMPLOYMENT]],
    ]);
    await userEvent.selectOptions(measure, ATTENDANCE);
    expect(within(section).getByText('Now: in progress since 19 October 2026')).toBeInTheDocument();
    expect(within(section).getByRole('radio', { name: 'Sustained' })).toHaveAccessibleDescription(
      'The family has met the measure for at least 39 weeks: the progress a results claim can rest on',
    );
    await userEvent.selectOptions(measure, EMPLOYMENT);
    expect(within(section).getByText('No progress has been recorded against this measure yet')).toBeInTheDocument();
    expect(within(section).getByRole('radio', { name: 'Achieved' })).toHaveAccessibleDescription(
      'The family meets the measure now, but has not yet kept it up for at least 26 weeks',
    );
  });

  it('lists every problem in the error summary, each linked to its field, and sends nothing', async () => {
    const record = vi.fn();
    const { section } = await openForm(record);
    await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));
    const summary = within(section).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summaryLinks(section).map((link) => link.textContent)).toEqual([
      'Select the measure of the Outcomes Plan',
      'Select where the family stands against the measure',
      'Enter the date the family reached this',
    ]);
    await userEvent.click(summaryLinks(section)[1]!);
    expect(within(section).getByRole('radio', { name: 'Not started' })).toHaveFocus();

    await userEvent.selectOptions(within(section).getByLabelText('Measure of the Outcomes Plan'), ATTENDANCE);
    await userEvent.click(within(section).getByRole('radio', { name: 'Achieved' }));
    await fillDay(section, '2', '11', '2999');
    await userEvent.click(within(section).getByLabelText('Evidence or note (optional)'));
    await userEvent.paste('x'.repeat(2001));
    await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));
    expect(summaryLinks(section).map((link) => link.textContent)).toEqual([
      'Date the family reached this must be today or in the past',
      'Evidence or note must be 2,000 characters or fewer',
    ]);
    await userEvent.click(summaryLinks(section)[0]!);
    expect(within(section).getByLabelText('Day')).toHaveFocus();
    expect(within(section).getByLabelText('Evidence or note (optional)')).toHaveAccessibleDescription(expect.stringContaining('Evidence or note must be 2,000 characters or fewer'));
    expect(record).not.toHaveBeenCalled();
  });

  it('records the progress, says so in a success banner that takes focus, and shows the table afresh', async () => {
    const recorded = attendance({
      status: 'ACHIEVED',
      note: '92% over the autumn term, from the school',
      effectiveOn: '2026-11-02',
    });
    const { gateway, section } = await openForm(
      () => ({ recordProgress: { id: 'g1', status: 'ACHIEVED', effectiveOn: '2026-11-02', measure: { code: 'OP_SCHOOL_ATTENDANCE', description: ATTENDANCE } } }),
      sarah,
      (_variables, call) => progressAnswer([call === 1 ? attendance() : recorded]),
    );
    await userEvent.selectOptions(within(section).getByLabelText('Measure of the Outcomes Plan'), ATTENDANCE);
    await userEvent.click(within(section).getByRole('radio', { name: 'Achieved' }));
    await fillDay(section, '2', '11', '2026');
    await userEvent.type(within(section).getByLabelText('Evidence or note (optional)'), '  92% over the autumn term, from the school ');
    await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent(`${ATTENDANCE}: achieved since 2 November 2026`);
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'RecordProgress')?.variables).toEqual({
      input: { familyId: 'family-1', measureCode: 'OP_SCHOOL_ATTENDANCE', status: 'ACHIEVED', effectiveOn: '2026-11-02', note: '92% over the autumn term, from the school' },
    });
    const row = await within(section).findByRole('row', { name: /School attendance and behaviour .* Achieved/ });
    expect(row).toHaveTextContent('2 November 2026');
    expect(gateway.calls.filter((call) => call.operationName === 'FamilyProgress')).toHaveLength(2);
    expect(within(section).queryByRole('heading', { name: 'Record progress' })).not.toBeInTheDocument();
  });

  it('shows a refusal against the field it names, and keeps every answer as typed', async () => {
    const refusal = 'The date must be on or after 19 October 2026, when the family’s current status against this measure took effect';
    const { gateway, section } = await openForm(() => ({ errors: [{ code: 'BAD_USER_INPUT', field: 'effectiveOn', message: refusal }] }));
    await userEvent.selectOptions(within(section).getByLabelText('Measure of the Outcomes Plan'), ATTENDANCE);
    await userEvent.click(within(section).getByRole('radio', { name: 'Sustained' }));
    await fillDay(section, '1', '10', '2026');
    await userEvent.type(within(section).getByLabelText('Evidence or note (optional)'), 'Above 90% since September');
    await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));

    const summary = await within(section).findByRole('alert');
    expect(summary).toHaveFocus();
    expect(summaryLinks(section).map((link) => [link.textContent, link.getAttribute('href')])).toEqual([[refusal, '#record-progress-effective-on-day']]);
    expect(within(section).getByRole('group', { name: 'Date the family reached this' })).toHaveAccessibleDescription(expect.stringContaining(refusal));
    expect(within(section).getByLabelText('Measure of the Outcomes Plan')).toHaveValue('OP_SCHOOL_ATTENDANCE');
    expect(within(section).getByRole('radio', { name: 'Sustained' })).toBeChecked();
    expect([within(section).getByLabelText('Day'), within(section).getByLabelText('Month'), within(section).getByLabelText('Year')].map((input) => (input as HTMLInputElement).value)).toEqual(['1', '10', '2026']);
    expect(within(section).getByLabelText('Evidence or note (optional)')).toHaveValue('Above 90% since September');
    expect(screen.queryByRole('alert', { name: 'Success' })).not.toBeInTheDocument();
    expect(gateway.calls.filter((call) => call.operationName === 'RecordProgress')).toHaveLength(1);
  });

  it('shows a refusal about the whole form (not allowed) in the summary without a link', async () => {
    const { section } = await openForm(() => ({ errors: [{ code: 'FORBIDDEN', message: 'You (sarah.ahmed) cannot record outcome progress' }] }));
    await userEvent.selectOptions(within(section).getByLabelText('Measure of the Outcomes Plan'), EMPLOYMENT);
    await userEvent.click(within(section).getByRole('radio', { name: 'In progress' }));
    await fillDay(section, '3', '11', '2026');
    await userEvent.click(within(section).getByRole('button', { name: 'Record progress' }));
    const summary = await within(section).findByRole('alert');
    expect(summary).toHaveTextContent('You (sarah.ahmed) cannot record outcome progress');
    expect(within(summary).queryAllByRole('link')).toEqual([]);
    expect(within(section).getByLabelText('Measure of the Outcomes Plan')).toHaveValue('OP_CONTINUOUS_EMPLOYMENT');
  });

  it('gives focus back to the button when the form is cancelled', async () => {
    const { section } = await openForm(vi.fn());
    await userEvent.click(within(section).getByRole('button', { name: 'Cancel' }));
    // Focus moves once the button is back on the page, a frame later.
    await vi.waitFor(() => expect(within(section).getByRole('button', { name: 'Record progress' })).toHaveFocus());
  });
});

describe('who is offered it', () => {
  const sectionFor = async (viewer: Viewer | undefined, token = session.token) => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProgress: () => progressAnswer([attendance()]) }).fetch);
    render(<FamilyProgress session={{ ...session, token }} familyId="family-1" viewer={viewer} />);
    const section = await screen.findByRole('region', { name: 'Progress against the Outcomes Plan' });
    await within(section).findByRole('table', { name: 'The family’s progress, measure by measure' });
    return section;
  };

  it.each([
    ['a partner', mark],
    ['an analyst', tom],
  ])('is not offered to %s, who still sees the progress and its history', async (_who, viewer) => {
    const section = await sectionFor(viewer);
    expect(within(section).queryByRole('button', { name: 'Record progress' })).not.toBeInTheDocument();
    expect(within(section).getByText(`History of school attendance and behaviour: ${ATTENDANCE}`)).toBeInTheDocument();
  });

  it('is offered to a co-ordinator', async () => {
    expect(within(await sectionFor(priya)).getByRole('button', { name: 'Record progress' })).toBeInTheDocument();
  });

  it('follows the role in the token when the host names no viewer', async () => {
    const token = (role: string) => `x.${btoa(JSON.stringify({ sub: 'w-1', hearth_role: role }))}.y`;
    expect(within(await sectionFor(undefined, token('MANAGER'))).getByRole('button', { name: 'Record progress' })).toBeInTheDocument();
    cleanup();
    expect(within(await sectionFor(undefined, token('PARTNER'))).queryByRole('button', { name: 'Record progress' })).not.toBeInTheDocument();
  });
});
