import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PartnerWidget from '../src/widget/PartnerWidget.tsx';
import { agencyFamilies, nominationChoices } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

function renderWidget(nominate: (variables: Record<string, unknown>) => unknown) {
  const references = ['FAM-000002'];
  const gateway = fakeGateway({
    AgencyFamilies: () => agencyFamilies(references),
    NominationChoices: () => nominationChoices,
    NominateFamily: (variables) => {
      const answer = nominate(variables);
      if (!(answer && typeof answer === 'object' && 'errors' in answer)) references.push('FAM-000241');
      return answer;
    },
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<PartnerWidget gatewayUrl="http://gateway.test" token="partner-token" />);
  return gateway;
}

async function fillInNomination() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Full name of the person you know in the family'), 'Jordan Price');
  await user.type(screen.getByLabelText('Day', { exact: true }), '14');
  await user.type(screen.getByLabelText('Month', { exact: true }), '6');
  await user.type(screen.getByLabelText('Year', { exact: true }), '1988');
  await user.type(screen.getByLabelText('First line of the family’s address'), '12 Canklow Road');
  await user.type(screen.getByLabelText('Postcode', { exact: true }), 's60 2jd');
  await user.selectOptions(screen.getByLabelText('Area', { exact: true }), 'Rotherham South');
  await user.type(screen.getByLabelText('Why are you nominating this family?'), 'Three call-outs since August; children present.');
  await user.click(screen.getByLabelText('Yes, the family has agreed'));
  await user.click(screen.getByLabelText(/2 or more police call outs/));
  await user.click(screen.getByLabelText('Referred to MARAC'));
  return user;
}

describe('the partner widget', () => {
  it('lists the families the agency works with', async () => {
    renderWidget(() => ({}));
    const table = await screen.findByRole('table', { name: '1 families your agency works with' });
    expect(within(table).getByRole('rowheader', { name: 'FAM-000002' })).toBeInTheDocument();
    expect(table).toHaveTextContent('Nominated by South Yorkshire Police, 20 November 2026');
  });

  it('lists every problem with an empty nomination and sends nothing', async () => {
    const gateway = renderWidget(() => ({}));
    await userEvent.click(await screen.findByRole('button', { name: 'Send nomination' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Enter the full name of the person you know in the family',
      'Enter their date of birth as a real date, for example 27 3 1985',
      'Enter the first line of the family’s address',
      'Enter a real postcode, for example S60 1AE',
      'Select the area the family lives in',
      'Enter why your agency is nominating the family',
      'Select whether the family agrees to share its information with your agency',
      'Select at least one thing your agency has seen',
    ]);
    expect(summary).toHaveFocus();
    expect(gateway.calls.some((call) => call.operationName === 'NominateFamily')).toBe(false);
  });

  it('nominates the family, confirms with its reference and shows it in the list', async () => {
    const gateway = renderWidget(() => ({ nominateFamily: { id: 'family-new', reference: 'FAM-000241' } }));
    const user = await fillInNomination();
    await user.click(screen.getByRole('button', { name: 'Send nomination' }));

    expect(await screen.findByText('Nomination sent: FAM-000241')).toBeInTheDocument();
    expect(gateway.calls.find((call) => call.operationName === 'NominateFamily')?.variables).toEqual({
      input: {
        fullName: 'Jordan Price',
        dateOfBirth: '1988-06-14',
        addressLine: '12 Canklow Road',
        postcode: 'S60 2JD',
        area: 'Rotherham South',
        reason: 'Three call-outs since August; children present.',
        familyConsentsToSharing: true,
        indicatorCodes: ['DA_POLICE_CALL_OUTS', 'DA_MARAC_REFERRAL'],
      },
    });
    expect(await screen.findByRole('rowheader', { name: 'FAM-000241' })).toBeInTheDocument();
    expect(screen.getByLabelText('Full name of the person you know in the family')).toHaveValue('');
  });

  it('puts what Hearth refused against the field it was about', async () => {
    renderWidget(() => ({ errors: [{ message: 'Rotherham South is not one of the council’s areas', code: 'BAD_USER_INPUT', field: 'area' }] }));
    const user = await fillInNomination();
    await user.click(screen.getByRole('button', { name: 'Send nomination' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Rotherham South is not one of the council’s areas');
    expect(screen.getByLabelText('Area', { exact: true })).toHaveAccessibleDescription(/Error: Rotherham South is not one of the council’s areas/);
  });
});
