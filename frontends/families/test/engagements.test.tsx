import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, sarah, session, smyths } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const directory = {
  agencies: [
    { id: 'a-2', name: 'South Yorkshire Police', type: 'POLICE' },
    { id: 'a-4', name: 'Jobcentre Plus Rotherham', type: 'JOBCENTRE_PLUS' },
  ],
};

async function openAgencies(handlers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const gateway = fakeGateway({ FamilyRecord: () => familyRecordAnswer(smyths()), FamilyChronology: ({ id }) => chronologyAnswer(String(id)), AgencyDirectory: () => directory, ...handlers });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Agencies working with the family' });
  return { gateway, section };
}

describe('the agencies working with a family', () => {
  it('adds an agency, offering only those not already working with the family', async () => {
    const { gateway, section } = await openAgencies({ AddEngagement: () => ({ addEngagement: { id: 'family-21', version: 5 } }) });
    await userEvent.click(within(section).getByRole('button', { name: 'Add an agency' }));
    const agency = await within(section).findByLabelText('Agency');
    expect(within(agency).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose an agency', 'Jobcentre Plus Rotherham (Jobcentre Plus)']);

    await userEvent.click(within(section).getByRole('button', { name: 'Add agency' }));
    expect(within(within(section).getByRole('alert')).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#engagement-agency', '#engagement-capacity']);

    await userEvent.selectOptions(agency, 'a-4');
    await userEvent.type(within(section).getByLabelText('In what capacity?'), 'Work coach');
    await userEvent.click(within(section).getByRole('button', { name: 'Add agency' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Jobcentre Plus Rotherham is now working with FAM-000021');
    expect(gateway.calls.find((call) => call.operationName === 'AddEngagement')?.variables).toEqual({
      input: { familyId: 'family-21', agencyId: 'a-4', capacity: 'Work coach', startedOn: null, expectedVersion: 4 },
    });
  });

  it('ends an agency’s work on the day given, after checking the day has happened', async () => {
    const { gateway, section } = await openAgencies({ EndEngagement: () => ({ endEngagement: { id: 'family-21', version: 5 } }) });
    await userEvent.click(within(section).getByRole('button', { name: 'End South Yorkshire Police’s work with the family' }));
    const form = within(section).getByRole('heading', { name: 'End South Yorkshire Police’s work with the family' });
    expect(form).toHaveFocus();
    await userEvent.type(within(section).getByLabelText('Day'), '30');
    await userEvent.type(within(section).getByLabelText('Month'), '2');
    await userEvent.type(within(section).getByLabelText('Year'), '2026');
    await userEvent.click(within(section).getByRole('button', { name: 'End the agency’s work' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Last day the agency worked with the family must be a real date');

    await userEvent.clear(within(section).getByLabelText('Day'));
    await userEvent.type(within(section).getByLabelText('Day'), '27');
    await userEvent.click(within(section).getByRole('button', { name: 'End the agency’s work' }));
    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('South Yorkshire Police has stopped working with FAM-000021');
    expect(gateway.calls.find((call) => call.operationName === 'EndEngagement')?.variables).toEqual({ input: { engagementId: 'e-1', endedOn: '2026-02-27', expectedVersion: 4 } });
  });
});
