import type { Role } from '@hearth/client';
import { fakeGateway, type FakeHandler } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyProblems from '../src/family-problems/FamilyProblems.tsx';

const session = { gatewayUrl: 'http://gateway.test', token: 'token-1' };
const viewer = (role: Role) => ({ sub: 'w-1', name: 'Sarah Ahmed', role, areas: ['Rotherham North'] });

const catalogue = {
  headlineProblems: [
    {
      code: 'CRIME_ASB',
      phase: 'PHASE_2',
      title: 'Crime and anti-social behaviour',
      indicators: [{ code: 'CRIME_ASB_INCIDENT', description: 'A member of the household has been involved in a recorded incident of anti-social behaviour' }],
    },
    {
      code: 'DOMESTIC_ABUSE',
      phase: 'PHASE_2',
      title: 'Domestic abuse',
      indicators: [
        { code: 'DA_POLICE_CALL_OUTS', description: 'The household has had 2 or more police call outs in the previous 6 months' },
        { code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' },
      ],
    },
  ],
};

const marac = { id: 'e-new', personId: 'p-poppy', source: 'MARAC', observedAt: '2026-11-02T00:00:00.000Z', indicator: { code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' } };

function family(withMarac: boolean) {
  return {
    family: {
      id: 'family-21',
      reference: 'FAM-000021',
      eligibility: { eligible: withMarac, phase2ProblemCount: withMarac ? 2 : 1 },
      members: [
        { id: 'p-poppy', fullName: 'Poppy Smyth' },
        { id: 'p-ella', fullName: 'Ella Smyth' },
      ],
      headlineProblems: [
        {
          problem: { code: 'CRIME_ASB', phase: 'PHASE_2', title: 'Crime and anti-social behaviour' },
          evidence: [{ id: 'e1', personId: 'p-ella', source: 'South Yorkshire Police', observedAt: '2026-01-18T00:00:00.000Z', indicator: catalogue.headlineProblems[0]!.indicators[0] }],
        },
        ...(withMarac ? [{ problem: { code: 'DOMESTIC_ABUSE', phase: 'PHASE_2', title: 'Domestic abuse' }, evidence: [marac] }] : []),
      ],
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

async function showProblems(role: Role, recordEvidence: FakeHandler = vi.fn()) {
  // The family as it is, then as it is after the evidence is recorded.
  const gateway = fakeGateway({ FamilyProblems: (_, call) => family(call > 1), HeadlineProblems: () => catalogue, RecordEvidence: recordEvidence });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyProblems session={session} familyId="family-21" viewer={viewer(role)} />);
  const section = await screen.findByRole('region', { name: 'Headline problems' });
  return { gateway, section };
}

async function openForm(section: HTMLElement) {
  await userEvent.click(within(section).getByRole('button', { name: 'Record evidence' }));
  const form = await within(section).findByRole('group', { name: 'Who does it concern?' });
  expect(within(section).getByRole('heading', { name: 'Record evidence' })).toHaveFocus();
  return form.closest('form')!;
}

async function answer(form: HTMLElement, { year }: { year: string }) {
  await userEvent.selectOptions(within(form).getByLabelText('What does the evidence show?'), 'Referred to MARAC');
  await userEvent.click(within(form).getByLabelText('Poppy Smyth'));
  await userEvent.type(within(form).getByLabelText('Where did it come from?'), 'MARAC');
  await userEvent.type(within(form).getByLabelText('Day'), '2');
  await userEvent.type(within(form).getByLabelText('Month'), '11');
  await userEvent.type(within(form).getByLabelText('Year'), year);
}

describe('recording evidence', () => {
  it('offers the indicators under their headline problems, and every member or the whole household', async () => {
    const { section } = await showProblems('LEAD_WORKER');
    const form = await openForm(section);
    const indicator = within(form).getByLabelText('What does the evidence show?');
    expect(within(indicator).getAllByRole('group').map((group) => group.getAttribute('label'))).toEqual(['Crime and anti-social behaviour', 'Domestic abuse']);
    expect(within(within(indicator).getByRole('group', { name: 'Domestic abuse' })).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'The household has had 2 or more police call outs in the previous 6 months',
      'Referred to MARAC',
    ]);
    const who = within(form).getByRole('group', { name: 'Who does it concern?' });
    expect(within(who).getAllByRole<HTMLInputElement>('radio').map((radio) => radio.labels?.[0]?.textContent)).toEqual(['Poppy Smyth', 'Ella Smyth', 'The whole household']);
  });

  it('lists every unanswered question in the error summary, linked to its field, and sends nothing', async () => {
    const { gateway, section } = await showProblems('LEAD_WORKER');
    const form = await openForm(section);
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));
    const summary = within(form).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the indicator the evidence shows', '#evidence-indicator'],
      ['Select who the evidence concerns, or the whole household', '#evidence-person-p-poppy'],
      ['Enter the agency or data set the evidence came from', '#evidence-source'],
      ['Enter the date it was observed', '#evidence-observed-on-day'],
    ]);
    expect(within(form).getByLabelText('Where did it come from?')).toHaveAccessibleDescription(expect.stringContaining('Error: Enter the agency or data set the evidence came from'));
    expect(gateway.calls.some((call) => call.operationName === 'RecordEvidence')).toBe(false);
  });

  it('refuses a day still to come', async () => {
    const { gateway, section } = await showProblems('LEAD_WORKER');
    const form = await openForm(section);
    await answer(form, { year: '2999' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));
    expect(within(within(form).getByRole('alert')).getAllByRole('link').map((link) => link.textContent)).toEqual(['Date it was observed must be today or in the past']);
    expect(gateway.calls.some((call) => call.operationName === 'RecordEvidence')).toBe(false);
  });

  it('records the evidence, says so, and shows it in the family’s headline problems', async () => {
    const { gateway, section } = await showProblems('LEAD_WORKER', () => ({
      recordEvidence: { id: 'e-new', personId: 'p-poppy', observedAt: '2026-11-02T00:00:00.000Z', indicator: { code: 'DA_MARAC_REFERRAL', problemCode: 'DOMESTIC_ABUSE' } },
    }));
    expect(within(section).queryByRole('table', { name: 'Evidence of domestic abuse' })).not.toBeInTheDocument();
    const form = await openForm(section);
    await answer(form, { year: '2026' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));

    const banner = await within(section).findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Evidence of domestic abuse observed on 2 November 2026 recorded for FAM-000021');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'RecordEvidence')?.variables).toEqual({
      input: { familyId: 'family-21', personId: 'p-poppy', indicatorCode: 'DA_MARAC_REFERRAL', source: 'MARAC', observedAt: '2026-11-02T00:00:00.000Z' },
    });
    const recorded = await within(section).findByRole('table', { name: 'Evidence of domestic abuse' });
    expect(within(recorded).getByRole('row', { name: 'Referred to MARAC Poppy Smyth MARAC 2 November 2026' })).toBeInTheDocument();
    expect(within(section).getByTestId('eligibility')).toHaveTextContent('Eligible 2 of 6');
    expect(within(section).queryByRole('group', { name: 'Who does it concern?' })).not.toBeInTheDocument();
  });

  it('records evidence about the whole household as about no one member', async () => {
    const { gateway, section } = await showProblems('PARTNER', () => ({
      recordEvidence: { id: 'e-new', personId: null, observedAt: '2026-11-02T00:00:00.000Z', indicator: { code: 'DA_MARAC_REFERRAL', problemCode: 'DOMESTIC_ABUSE' } },
    }));
    const form = await openForm(section);
    await answer(form, { year: '2026' });
    await userEvent.click(within(form).getByLabelText('The whole household'));
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));
    await within(section).findByRole('alert', { name: 'Success' });
    expect(gateway.calls.find((call) => call.operationName === 'RecordEvidence')?.variables).toMatchObject({ input: { personId: null } });
  });

  it('shows what Hearth refused against the field it was about, and keeps every answer', async () => {
    const { section } = await showProblems('LEAD_WORKER', () => ({
      errors: [{ code: 'BAD_USER_INPUT', field: 'personId', message: 'Person p-poppy is not a current member of this family' }],
    }));
    const form = await openForm(section);
    await answer(form, { year: '2026' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));

    const summary = await within(form).findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Person p-poppy is not a current member of this family' });
    expect(link).toHaveAttribute('href', '#evidence-person-p-poppy');
    expect(within(form).getByRole('group', { name: 'Who does it concern?' })).toHaveAccessibleDescription('Error: Person p-poppy is not a current member of this family');
    expect(within(form).getByLabelText('What does the evidence show?')).toHaveValue('DA_MARAC_REFERRAL');
    expect(within(form).getByLabelText('Poppy Smyth')).toBeChecked();
    expect(within(form).getByLabelText('Where did it come from?')).toHaveValue('MARAC');
    expect([within(form).getByLabelText('Day'), within(form).getByLabelText('Month'), within(form).getByLabelText('Year')].map((box) => (box as HTMLInputElement).value)).toEqual(['2', '11', '2026']);
    expect(within(section).queryByRole('alert', { name: 'Success' })).not.toBeInTheDocument();
  });

  it('puts a refusal about the whole form at the top of the summary', async () => {
    const { section } = await showProblems('LEAD_WORKER', () => ({ errors: [{ code: 'NOT_FOUND', message: 'No family with id family-21' }] }));
    const form = await openForm(section);
    await answer(form, { year: '2026' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record evidence' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('No family with id family-21');
    expect(within(form).getByLabelText('Where did it come from?')).toHaveValue('MARAC');
  });

  it('cancelling closes the form and returns focus to the button', async () => {
    const { section } = await showProblems('COORDINATOR');
    const form = await openForm(section);
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    const button = within(section).getByRole('button', { name: 'Record evidence' });
    await vi.waitFor(() => expect(button).toHaveFocus());
  });

  it('is not offered to an analyst, who only reads', async () => {
    const { section } = await showProblems('ANALYST');
    expect(within(section).getByRole('table', { name: 'Evidence of crime and anti-social behaviour' })).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Record evidence' })).not.toBeInTheDocument();
  });

  it.each(['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'PARTNER'] as const)('is offered to a %s, as the criteria subgraph allows', async (role) => {
    const { section } = await showProblems(role);
    expect(within(section).getByRole('button', { name: 'Record evidence' })).toHaveAttribute('aria-controls', 'record-evidence-form');
  });
});
