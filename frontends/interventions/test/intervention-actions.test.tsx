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
const tom: Viewer = { role: 'ANALYST', agencyId: COUNCIL.id };

const MODELS = [
  { code: 'BRIEF_INTERVENTION', number: 1, name: 'Engagement of families / brief intervention', description: 'Short, focused contact to engage the family.' },
  { code: 'KEY_WORKING_TAF', number: 2, name: 'Key working and Team Around the Family', description: 'One lead worker co-ordinates a Team Around the Family.' },
  { code: 'EMPLOYABILITY_SUPPORT', number: 6, name: 'Employability support', description: 'Finding work, gaining skills and confidence.' },
];

const intervention = (id: string, code: string, leadAgency: { id: string; name: string }, status: InterventionStatus, startedOn: string, endedOn: string | null = null, more: Partial<Intervention> = {}): Intervention => {
  const model = MODELS.find((m) => m.code === code)!;
  // Planned work has only its planned day; other work began, unless `more` says it was withdrawn before it did.
  return { id, status, startedOn, plannedStartOn: status === 'PLANNED' ? startedOn : null, begun: status !== 'PLANNED', endedOn, model: { code, number: model.number, name: model.name }, leadAgency, ...more };
};
const keyWorking = intervention('i-1', 'KEY_WORKING_TAF', COUNCIL, 'ACTIVE', '2026-09-01');
const policeBrief = intervention('i-2', 'BRIEF_INTERVENTION', POLICE, 'ACTIVE', '2026-08-15');
const finished = intervention('i-3', 'EMPLOYABILITY_SUPPORT', COUNCIL, 'COMPLETED', '2026-01-10', '2026-05-01');

/** The family's interventions as the gateway answers them: the first list, then after each change the next. */
const familyAnswers =
  (...lists: Intervention[][]): FakeHandler =>
  (_variables, call) => ({ family: { id: 'family-1', interventions: lists[Math.min(call, lists.length) - 1] } });

function show(viewer: Viewer | undefined, handlers: Record<string, FakeHandler>) {
  const gateway = fakeGateway({
    FamilyInterventions: familyAnswers([keyWorking, policeBrief, finished]),
    StartInterventionChoices: () => ({ interventionModels: MODELS, agencies: [COUNCIL, POLICE] }),
    ...handlers,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyInterventions session={session} familyId="family-1" viewer={viewer} />);
  return gateway;
}

const section = () => screen.findByRole('region', { name: 'Interventions' });
const summaryLinks = (region: HTMLElement) =>
  within(within(region).getByRole('alert')).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);

async function typeDate(region: HTMLElement, legend: string, day: string, month: string, year: string) {
  const group = within(region).getByRole('group', { name: legend });
  for (const [label, value] of [['Day', day], ['Month', month], ['Year', year]] as const) {
    await userEvent.clear(within(group).getByLabelText(label));
    await userEvent.type(within(group).getByLabelText(label), value);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('starting an intervention', () => {
  it('lists every problem in the error summary, each linked to its field, and sends nothing', async () => {
    const gateway = show(sarah, {});
    const region = await section();
    await userEvent.click(within(region).getByRole('button', { name: 'Start an intervention' }));
    expect(await within(region).findByRole('heading', { name: 'Start an intervention' })).toHaveFocus();

    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));
    expect(within(region).getByRole('alert')).toHaveFocus();
    expect(summaryLinks(region)).toEqual([
      ['Select the model of intervention', '#intervention-model-BRIEF_INTERVENTION'],
      ['Select the agency leading the intervention', '#intervention-lead-agency'],
      ['Select whether the intervention has started', '#intervention-status-ACTIVE'],
      ['Enter the day the intervention started', '#intervention-started-on-day'],
    ]);

    // Started, but on a day still to come: the worker is told it is planned work.
    await userEvent.click(within(region).getByLabelText('Yes, it has started'));
    await typeDate(region, 'When did it start?', '1', '2', '2099');
    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));
    expect(within(within(region).getByRole('alert')).getByRole('link', { name: /Day the intervention started must be today or in the past/ })).toHaveAttribute(
      'href',
      '#intervention-started-on-day',
    );
    expect(gateway.calls.map((call) => call.operationName)).not.toContain('StartIntervention');
  });

  it('offers each model with its description, starts one, says so and shows it in the refreshed list', async () => {
    const started = intervention('i-9', 'EMPLOYABILITY_SUPPORT', POLICE, 'ACTIVE', '2026-10-12');
    const gateway = show(sarah, {
      FamilyInterventions: familyAnswers([keyWorking], [started, keyWorking]),
      StartIntervention: () => ({ startIntervention: { id: 'i-9', status: 'ACTIVE', startedOn: '2026-10-12' } }),
    });
    const region = await section();
    await userEvent.click(within(region).getByRole('button', { name: 'Start an intervention' }));
    const employability = await within(region).findByLabelText('6. Employability support');
    expect(employability).toHaveAccessibleDescription('Finding work, gaining skills and confidence.');
    await userEvent.click(employability);
    await userEvent.selectOptions(within(region).getByLabelText('Lead agency'), POLICE.id);
    await userEvent.click(within(region).getByLabelText('Yes, it has started'));
    await typeDate(region, 'When did it start?', '12', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Employability support started on 12 October 2026, led by South Yorkshire Police');
    expect(banner).toHaveFocus();
    expect(gateway.calls.find((call) => call.operationName === 'StartIntervention')?.variables).toEqual({
      input: { familyId: 'family-1', modelCode: 'EMPLOYABILITY_SUPPORT', leadAgencyId: POLICE.id, status: 'ACTIVE', startedOn: '2026-10-12' },
    });
    expect(await within(region).findByRole('row', { name: /6\. Employability support/ })).toHaveTextContent('12 October 2026');
    expect(within(region).queryByRole('heading', { name: 'Start an intervention' })).not.toBeInTheDocument();
  });

  it('plans one for a day still to come', async () => {
    const gateway = show(sarah, { StartIntervention: () => ({ startIntervention: { id: 'i-9', status: 'PLANNED', startedOn: '2099-03-02' } }) });
    const region = await section();
    await userEvent.click(within(region).getByRole('button', { name: 'Start an intervention' }));
    await userEvent.click(await within(region).findByLabelText('1. Engagement of families / brief intervention'));
    await userEvent.selectOptions(within(region).getByLabelText('Lead agency'), COUNCIL.id);
    await userEvent.click(within(region).getByLabelText('No, it is planned to start later'));
    await typeDate(region, 'When is it planned to start?', '2', '3', '2099');
    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Engagement of families / brief intervention is planned to start on 2 March 2099');
    expect(gateway.calls.find((call) => call.operationName === 'StartIntervention')?.variables).toMatchObject({ input: { status: 'PLANNED', startedOn: '2099-03-02' } });
  });

  it('shows a refusal against its field and keeps every answer', async () => {
    show(sarah, {
      StartIntervention: () => ({ errors: [{ message: 'startedOn 2026-11-02 is in the future: an intervention starting later is PLANNED, not ACTIVE', code: 'BAD_USER_INPUT', field: 'startedOn' }] }),
    });
    const region = await section();
    await userEvent.click(within(region).getByRole('button', { name: 'Start an intervention' }));
    await userEvent.click(await within(region).findByLabelText('2. Key working and Team Around the Family'));
    await userEvent.selectOptions(within(region).getByLabelText('Lead agency'), COUNCIL.id);
    await userEvent.click(within(region).getByLabelText('Yes, it has started'));
    await typeDate(region, 'When did it start?', '2', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));

    await within(region).findByRole('link', { name: /is in the future/ });
    expect(summaryLinks(region)).toEqual([['startedOn 2026-11-02 is in the future: an intervention starting later is PLANNED, not ACTIVE', '#intervention-started-on-day']]);
    expect(within(region).getByLabelText('2. Key working and Team Around the Family')).toBeChecked();
    expect(within(region).getByLabelText('Lead agency')).toHaveValue(COUNCIL.id);
    expect(within(region).getByLabelText('Yes, it has started')).toBeChecked();
    const date = within(region).getByRole('group', { name: 'When did it start?' });
    expect([within(date).getByLabelText('Day'), within(date).getByLabelText('Month'), within(date).getByLabelText('Year')].map((box) => (box as HTMLInputElement).value)).toEqual(['2', '11', '2026']);
    expect(screen.queryByRole('alert', { name: 'Success' })).not.toBeInTheDocument();
  });
});

describe('ending an intervention', () => {
  async function openEnd(region: HTMLElement, name: RegExp) {
    await userEvent.click(within(region).getByRole('button', { name }));
    expect(await within(region).findByRole('heading', { name: /^End / })).toHaveFocus();
  }

  it('checks the end day against the start and today before anything is sent', async () => {
    const gateway = show(sarah, {});
    const region = await section();
    await openEnd(region, /End Key working and Team Around the Family, started 1 September 2026/);
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(summaryLinks(region)).toEqual([
      ['Select whether the intervention was completed or withdrawn', '#end-intervention-status-COMPLETED'],
      ['Enter the day the intervention ended', '#end-intervention-ended-on-day'],
    ]);
    await userEvent.click(within(region).getByLabelText('Completed'));
    await typeDate(region, 'When did it end?', '31', '8', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(within(region).getByRole('alert')).toHaveTextContent('Day the intervention ended must be on or after the day it started, 1 September 2026');
    await typeDate(region, 'When did it end?', '1', '1', '2099');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    expect(within(region).getByRole('alert')).toHaveTextContent('Day the intervention ended must be today or in the past');
    expect(gateway.calls.map((call) => call.operationName)).not.toContain('EndIntervention');
  });

  it('asks the worker to confirm, then ends it, says so and shows it ended', async () => {
    const ended = { ...keyWorking, status: 'WITHDRAWN' as const, endedOn: '2026-10-30' };
    const gateway = show(sarah, {
      FamilyInterventions: familyAnswers([keyWorking, finished], [ended, finished]),
      EndIntervention: () => ({ endIntervention: { id: 'i-1', status: 'WITHDRAWN', begun: true, endedOn: '2026-10-30' } }),
    });
    const region = await section();
    // Only open work can be ended.
    expect(within(region).getAllByRole('button', { name: /^End / })).toHaveLength(1);
    await openEnd(region, /End Key working/);
    await userEvent.click(within(region).getByLabelText('Withdrawn'));
    await typeDate(region, 'When did it end?', '30', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));

    expect(within(region).getByRole('heading', { name: 'Check before you end the intervention' })).toHaveFocus();
    expect(within(region).getByText('How it ended').nextElementSibling).toHaveTextContent('Withdrawn');
    expect(within(region).getByText('Ended on').nextElementSibling).toHaveTextContent('30 October 2026');
    expect(gateway.calls.map((call) => call.operationName)).not.toContain('EndIntervention');
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and end intervention' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(banner).toHaveTextContent('Key working and Team Around the Family withdrawn on 30 October 2026');
    expect(gateway.calls.find((call) => call.operationName === 'EndIntervention')?.variables).toEqual({ id: 'i-1', status: 'WITHDRAWN', endedOn: '2026-10-30' });
    expect(await within(region).findByRole('row', { name: /Key working/ })).toHaveTextContent('Withdrawn');
    expect(within(region).queryByRole('button', { name: /^End / })).not.toBeInTheDocument();
  });

  it('brings the answers back with the refusal when someone else ended it first, then shows it ended after a reload', async () => {
    const endedElsewhere = { ...keyWorking, status: 'COMPLETED' as const, endedOn: '2026-10-20' };
    show(sarah, {
      FamilyInterventions: familyAnswers([keyWorking], [endedElsewhere]),
      EndIntervention: () => ({ errors: [{ message: 'Intervention i-1 has already ended (COMPLETED on 2026-10-20)', code: 'CONFLICT' }] }),
    });
    const region = await section();
    await openEnd(region, /End Key working/);
    await userEvent.click(within(region).getByLabelText('Withdrawn'));
    await typeDate(region, 'When did it end?', '30', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and end intervention' }));

    const summary = await within(region).findByRole('alert');
    expect(summary).toHaveTextContent('Intervention i-1 has already ended (COMPLETED on 2026-10-20)');
    expect(summary).toHaveFocus();
    expect(within(region).getByLabelText('Withdrawn')).toBeChecked();
    const date = within(region).getByRole('group', { name: 'When did it end?' });
    expect(within(date).getByLabelText('Day')).toHaveValue('30');
    expect(within(date).getByLabelText('Month')).toHaveValue('10');

    await userEvent.click(within(region).getByRole('button', { name: 'Reload the family’s interventions' }));
    const notice = await within(region).findByText(/This intervention has already been completed, on 20 October 2026/);
    expect(notice).toHaveFocus();
    expect(within(region).getByRole('row', { name: /Key working/ })).toHaveTextContent('Completed');
  });

  it('puts a refusal about the day against the day', async () => {
    show(sarah, { EndIntervention: () => ({ errors: [{ message: 'endedOn 2026-10-30 is before the intervention started (2026-10-31)', code: 'BAD_USER_INPUT', field: 'endedOn' }] }) });
    const region = await section();
    await openEnd(region, /End Key working/);
    await userEvent.click(within(region).getByLabelText('Completed'));
    await typeDate(region, 'When did it end?', '30', '10', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Continue' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Confirm and end intervention' }));
    await within(region).findByRole('link', { name: /is before the intervention started/ });
    expect(summaryLinks(region)).toEqual([['endedOn 2026-10-30 is before the intervention started (2026-10-31)', '#end-intervention-ended-on-day']]);
    expect(within(region).getByRole('group', { name: /When did it end\?/ })).toHaveAccessibleDescription(expect.stringContaining('is before the intervention started'));
  });
});

describe('who is offered what', () => {
  it('offers an analyst, who only reads, nothing to change', async () => {
    show(tom, {});
    const region = await section();
    expect(within(region).getByRole('table')).toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
    expect(within(region).queryByRole('columnheader', { name: 'Action' })).not.toBeInTheDocument();
  });

  it('offers nothing when the host does not say who is signed in and the token does not either', async () => {
    show(undefined, {});
    const region = await section();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets a partner end only their own agency’s work, and start work only in its name', async () => {
    const gateway = show(mark, { StartIntervention: () => ({ startIntervention: { id: 'i-9', status: 'ACTIVE', startedOn: '2026-11-02' } }) });
    const region = await section();
    expect(within(region).getAllByRole('button', { name: /^End / }).map((button) => button.textContent)).toEqual(['End Engagement of families / brief intervention, started 15 August 2026']);

    await userEvent.click(within(region).getByRole('button', { name: 'Start an intervention' }));
    await userEvent.click(await within(region).findByLabelText('1. Engagement of families / brief intervention'));
    expect(within(region).queryByLabelText('Lead agency')).not.toBeInTheDocument();
    expect(within(region).getByRole('heading', { name: 'Lead agency' }).nextElementSibling).toHaveTextContent(/^South Yorkshire Police/);
    await userEvent.click(within(region).getByLabelText('Yes, it has started'));
    await typeDate(region, 'When did it start?', '2', '11', '2026');
    await userEvent.click(within(region).getByRole('button', { name: 'Save intervention' }));
    await screen.findByRole('alert', { name: 'Success' });
    expect(gateway.calls.find((call) => call.operationName === 'StartIntervention')?.variables).toMatchObject({ input: { leadAgencyId: POLICE.id } });
  });
});
