import type { FamilyInterventionsQuery, InterventionStatus } from '@hearth/client';
import { fakeGateway, type FakeHandler } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyInterventions from '../src/family-interventions/FamilyInterventions.tsx';
import type { Viewer } from '../src/family-interventions/viewer.ts';

type Intervention = NonNullable<FamilyInterventionsQuery['family']>['interventions'][number];

const session = { gatewayUrl: 'http://gateway.test', token: 't' };
const COUNCIL = { id: 'a-1', name: 'Families for Change Team' };
const POLICE = { id: 'a-2', name: 'South Yorkshire Police' };
const sarah: Viewer = { role: 'LEAD_WORKER', agencyId: COUNCIL.id };
const mark: Viewer = { role: 'PARTNER', agencyId: POLICE.id };

const MODELS = {
  BRIEF_INTERVENTION: { number: 1, name: 'Engagement of families / brief intervention' },
  KEY_WORKING_TAF: { number: 2, name: 'Key working and Team Around the Family' },
  EMPLOYABILITY_SUPPORT: { number: 6, name: 'Employability support' },
};

const intervention = (id: string, code: keyof typeof MODELS, leadAgency: { id: string; name: string }, status: InterventionStatus, startedOn: string, more: Partial<Intervention> = {}): Intervention => ({
  id,
  status,
  startedOn,
  plannedStartOn: status === 'PLANNED' ? startedOn : null,
  begun: status !== 'PLANNED',
  endedOn: null,
  model: { code, ...MODELS[code] },
  leadAgency,
  ...more,
});
// Planned for a day long to come, so any day a test types is before it.
const plannedKeyWorking = intervention('i-1', 'KEY_WORKING_TAF', COUNCIL, 'PLANNED', '2099-01-15');
const activeEmployability = intervention('i-2', 'EMPLOYABILITY_SUPPORT', COUNCIL, 'ACTIVE', '2026-09-01');
const plannedPolice = intervention('i-3', 'BRIEF_INTERVENTION', POLICE, 'PLANNED', '2099-02-01');

const familyAnswers =
  (...lists: Intervention[][]): FakeHandler =>
  (_variables, call) => ({ family: { id: 'family-1', interventions: lists[Math.min(call, lists.length) - 1] } });

function show(viewer: Viewer, handlers: Record<string, FakeHandler>) {
  const gateway = fakeGateway({ FamilyInterventions: familyAnswers([plannedKeyWorking, activeEmployability, plannedPolice]), ...handlers });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyInterventions session={session} familyId="family-1" viewer={viewer} />);
  return gateway;
}

const section = () => screen.findByRole('region', { name: 'Interventions' });
const summaryLinks = (region: HTMLElement) =>
  within(within(region).getByRole('alert')).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
const sent = (gateway: ReturnType<typeof fakeGateway>, operation: string) => gateway.calls.filter((call) => call.operationName === operation).map((call) => call.variables);

async function typeDate(region: HTMLElement, legend: string, day: string, month: string, year: string) {
  const group = within(region).getByRole('group', { name: legend });
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    await userEvent.clear(within(group).getByLabelText(label));
    await userEvent.type(within(group).getByLabelText(label), value);
  }
}
const dateValues = (region: HTMLElement, legend: string) => {
  const group = within(region).getByRole('group', { name: legend });
  return ['Day', 'Month', 'Year'].map((label) => (within(group).getByLabelText(label) as HTMLInputElement).value);
};

afterEach(() => vi.unstubAllGlobals());

describe('the list of a family’s interventions', () => {
  it('shows planned work by the day it is planned for, with Mark as started and Withdraw; work under way with End', async () => {
    show(sarah, {});
    const region = await section();
    const planned = within(region).getByRole('row', { name: /Key working/ });
    expect(planned).toHaveTextContent('Planned for 15 January 2099');
    expect(within(planned).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Mark as started Key working and Team Around the Family, planned to start 15 January 2099',
      'Withdraw Key working and Team Around the Family, planned to start 15 January 2099',
    ]);
    const active = within(region).getByRole('row', { name: /Employability/ });
    expect(within(active).getAllByRole('button').map((button) => button.textContent)).toEqual(['End Employability support, started 1 September 2026']);
  });

  it('says that work withdrawn before it began was withdrawn before it started, and offers nothing more for it', async () => {
    const calledOff = intervention('i-4', 'KEY_WORKING_TAF', COUNCIL, 'WITHDRAWN', '2099-01-15', { plannedStartOn: '2099-01-15', begun: false, endedOn: '2026-10-30' });
    show(sarah, { FamilyInterventions: familyAnswers([calledOff]) });
    const region = await section();
    const row = within(region).getByRole('row', { name: /Key working/ });
    expect(row).toHaveTextContent('Withdrawn before it started');
    expect(row).toHaveTextContent('Planned for 15 January 2099');
    expect(row).toHaveTextContent('30 October 2026');
    expect(within(region).queryByRole('button', { name: /Mark as started|Withdraw|End/ })).not.toBeInTheDocument();
  });

  it('lets a partner act only on their own agency’s planned work', async () => {
    show(mark, {});
    const region = await section();
    expect(within(region).getAllByRole('button', { name: /^(Mark as started|Withdraw|End) / }).map((button) => button.id)).toEqual(['begin-intervention-i-3', 'end-intervention-i-3']);
  });
});

describe('marking planned work as started', () => {
  async function openBegin(region: HTMLElement) {
    await userEvent.click(within(region).getByRole('button', { name: /^Mark as started Key working/ }));
    expect(await within(region).findByRole('heading', { name: 'Mark 2. Key working and Team Around the Family as started' })).toHaveFocus();
  }

  it('checks the day it began before anything is sent, then records it, says so and shows it started', async () => {
    const begun = { ...plannedKeyWorking, status: 'ACTIVE' as const, startedOn: '2026-11-02', begun: true, plannedStartOn: '2099-01-15' };
    const gateway = show(sarah, {
      FamilyInterventions: familyAnswers([plannedKeyWorking, activeEmployability], [begun, activeEmployability]),
      BeginIntervention: () => ({ beginIntervention: { id: 'i-1', status: 'ACTIVE', startedOn: '2026-11-02' } }),
    });
    const region = await section();
    await openBegin(region);
    expect(within(region).getByRole('group', { name: 'When did it start?' })).toHaveAccessibleDescription(expect.stringContaining('It was planned to start on 15 January 2099'));

    await userEvent.click(within(region).getByRole('button', { name: 'Mark as started' }));
    expect(within(region).getByRole('alert')).toHaveFocus();
    expect(summaryLinks(region)).toEqual([['Enter the day the intervention started', '#begin-intervention-started-on-day']]);
    await typeDate(region, 'When did it start?', '1', '1', '2099');
    await userEvent.click(within(region).getByRole('button', { name: 'Mark as started' }));
    expect(summaryLinks(region)).toEqual([['Day the intervention started must be today or in the past', '#begin-intervention-started-on-day']]);
    expect(sent(gateway, 'BeginIntervention')).toEqual([]);

    await typeDate(region, 'When did it start?', '2', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Mark as started' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Key working and Team Around the Family started on 2 November 2026');
    expect(banner).toHaveFocus();
    expect(sent(gateway, 'BeginIntervention')).toEqual([{ id: 'i-1', startedOn: '2026-11-02' }]);
    const row = await within(region).findByRole('row', { name: /Key working.*Active/ });
    expect(row).toHaveTextContent('2 November 2026');
    expect(within(row).getAllByRole('button').map((button) => button.textContent)).toEqual(['End Key working and Team Around the Family, started 2 November 2026']);
    expect(within(region).queryByRole('heading', { name: /as started$/ })).not.toBeInTheDocument();
  });

  it('shows a refusal about the day against the day and keeps it as typed', async () => {
    show(sarah, {
      BeginIntervention: () => ({ errors: [{ message: 'startedOn 2026-11-24 is in the future: mark planned work as started once it has begun', code: 'BAD_USER_INPUT', field: 'startedOn' }] }),
    });
    const region = await section();
    await openBegin(region);
    await typeDate(region, 'When did it start?', '20', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Mark as started' }));
    await within(region).findByRole('link', { name: /is in the future/ });
    expect(summaryLinks(region)).toEqual([['startedOn 2026-11-24 is in the future: mark planned work as started once it has begun', '#begin-intervention-started-on-day']]);
    expect(within(region).getByRole('group', { name: /When did it start\?/ })).toHaveAccessibleDescription(expect.stringContaining('is in the future'));
    expect(dateValues(region, 'When did it start?')).toEqual(['20', '11', '2026']);
    expect(screen.queryByRole('alert', { name: 'Success' })).not.toBeInTheDocument();
  });

  it('says so after a reload when someone else withdrew it first', async () => {
    const withdrawn = { ...plannedKeyWorking, status: 'WITHDRAWN' as const, begun: false, endedOn: '2026-11-20' };
    show(sarah, {
      FamilyInterventions: familyAnswers([plannedKeyWorking], [withdrawn]),
      BeginIntervention: () => ({ errors: [{ message: 'Intervention i-1 is no longer planned (WITHDRAWN on 2026-11-20), so it cannot be marked as started', code: 'CONFLICT' }] }),
    });
    const region = await section();
    await openBegin(region);
    await typeDate(region, 'When did it start?', '21', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Mark as started' }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('is no longer planned');
    expect(dateValues(region, 'When did it start?')).toEqual(['21', '11', '2026']);

    await userEvent.click(within(region).getByRole('button', { name: 'Reload the family’s interventions' }));
    const notice = await within(region).findByText(/This intervention is no longer planned: it was withdrawn on 20 November 2026, before it started/);
    expect(notice).toHaveFocus();
    expect(within(region).getByRole('row', { name: /Key working/ })).toHaveTextContent('Withdrawn before it started');
  });

  it('returns focus to the button that opened it when cancelled', async () => {
    show(sarah, {});
    const region = await section();
    await openBegin(region);
    await userEvent.click(within(region).getByRole('button', { name: 'Cancel' }));
    expect(within(region).queryByRole('heading', { name: /as started$/ })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(within(region).getByRole('button', { name: /^Mark as started Key working/ })).toHaveFocus());
  });
});

describe('withdrawing planned work', () => {
  async function openWithdraw(region: HTMLElement) {
    await userEvent.click(within(region).getByRole('button', { name: /^Withdraw Key working/ }));
    expect(await within(region).findByRole('heading', { name: 'Withdraw 2. Key working and Team Around the Family' })).toHaveFocus();
  }

  it('offers only withdrawn, takes a day before the planned start, checks it with the worker, then says so and shows it', async () => {
    const calledOff = { ...plannedKeyWorking, status: 'WITHDRAWN' as const, begun: false, endedOn: '2026-10-30' };
    const gateway = show(sarah, {
      FamilyInterventions: familyAnswers([plannedKeyWorking, activeEmployability], [calledOff, activeEmployability]),
      EndIntervention: () => ({ endIntervention: { id: 'i-1', status: 'WITHDRAWN', begun: false, endedOn: '2026-10-30' } }),
    });
    const region = await section();
    await openWithdraw(region);
    expect(within(region).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(region).getByText(/has not started, so it can only be withdrawn/)).toBeInTheDocument();

    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(summaryLinks(region)).toEqual([['Enter the day the intervention was called off', '#end-intervention-ended-on-day']]);
    await typeDate(region, 'When was it called off?', '1', '1', '2099');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(summaryLinks(region)).toEqual([['Day the intervention was called off must be today or in the past', '#end-intervention-ended-on-day']]);

    // Long before the day it was planned to start.
    await typeDate(region, 'When was it called off?', '30', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(within(region).getByRole('heading', { name: 'Check before you withdraw the intervention' })).toHaveFocus();
    expect(within(region).getByText('Planned to start').nextElementSibling).toHaveTextContent('15 January 2099');
    expect(within(region).getByText('How it ended').nextElementSibling).toHaveTextContent('Withdrawn before it started');
    expect(within(region).getByText('Withdrawn on').nextElementSibling).toHaveTextContent('30 October 2026');
    expect(sent(gateway, 'EndIntervention')).toEqual([]);
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and withdraw intervention' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Key working and Team Around the Family withdrawn on 30 October 2026, before it started');
    expect(banner).toHaveFocus();
    expect(sent(gateway, 'EndIntervention')).toEqual([{ id: 'i-1', status: 'WITHDRAWN', endedOn: '2026-10-30' }]);
    const row = await within(region).findByRole('row', { name: /Key working.*Withdrawn before it started/ });
    expect(row).toHaveTextContent('30 October 2026');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says only that it was withdrawn when someone else marked it as started meanwhile, as Hearth then records it', async () => {
    const startedThenWithdrawn = { ...plannedKeyWorking, status: 'WITHDRAWN' as const, startedOn: '2026-11-02', begun: true, endedOn: '2026-11-03' };
    show(sarah, {
      FamilyInterventions: familyAnswers([plannedKeyWorking], [startedThenWithdrawn]),
      EndIntervention: () => ({ endIntervention: { id: 'i-1', status: 'WITHDRAWN', begun: true, endedOn: '2026-11-03' } }),
    });
    const region = await section();
    await openWithdraw(region);
    await typeDate(region, 'When was it called off?', '3', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and withdraw intervention' }));
    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Key working and Team Around the Family withdrawn on 3 November 2026');
    expect(banner).not.toHaveTextContent('before it started');
    const row = await within(region).findByRole('row', { name: /Key working.*Withdrawn/ });
    expect(row).not.toHaveTextContent('before it started');
    expect(row).toHaveTextContent('2 November 2026');
  });

  it('lets the worker change their answer from the check, keeping it', async () => {
    show(sarah, {});
    const region = await section();
    await openWithdraw(region);
    await typeDate(region, 'When was it called off?', '30', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Change answers' }));
    expect(dateValues(region, 'When was it called off?')).toEqual(['30', '10', '2026']);
    await vi.waitFor(() => expect(within(within(region).getByRole('group', { name: 'When was it called off?' })).getByLabelText('Day')).toHaveFocus());
  });

  it('brings the answer back with a refusal against its field', async () => {
    show(sarah, {
      EndIntervention: () => ({ errors: [{ message: 'endedOn 2026-11-30 is in the future: an intervention is ended once it has ended', code: 'BAD_USER_INPUT', field: 'endedOn' }] }),
    });
    const region = await section();
    await openWithdraw(region);
    await typeDate(region, 'When was it called off?', '3', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and withdraw intervention' }));
    await within(region).findByRole('link', { name: /is in the future/ });
    expect(summaryLinks(region)).toEqual([['endedOn 2026-11-30 is in the future: an intervention is ended once it has ended', '#end-intervention-ended-on-day']]);
    expect(within(region).getByRole('alert')).toHaveFocus();
    expect(dateValues(region, 'When was it called off?')).toEqual(['3', '11', '2026']);
  });

  it('puts a refusal about how it ended against the explanation that it can only be withdrawn', async () => {
    show(sarah, {
      EndIntervention: () => ({
        errors: [{ message: 'Intervention i-1 has not started, so it cannot be COMPLETED: mark it as started first, or withdraw it', code: 'BAD_USER_INPUT', field: 'status' }],
      }),
    });
    const region = await section();
    await openWithdraw(region);
    await typeDate(region, 'When was it called off?', '3', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and withdraw intervention' }));
    await within(region).findByRole('link', { name: /has not started/ });
    expect(summaryLinks(region)).toEqual([
      ['Intervention i-1 has not started, so it cannot be COMPLETED: mark it as started first, or withdraw it', '#end-intervention-only-withdrawn'],
    ]);
    expect(region.querySelector('#end-intervention-only-withdrawn')).toHaveTextContent('can only be withdrawn');
  });
});
