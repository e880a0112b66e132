import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, sarah, session, smyths } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const agreements = {
  informationSharingAgreements: [
    {
      id: 'isa-1',
      name: 'Families for Change Information Sharing Agreement',
      reference: 'ISA-2025-014',
      reviewOn: '2027-01-01',
      parties: [
        { id: 'a-2', name: 'South Yorkshire Police' },
        { id: 'a-3', name: 'Oakwood High School' },
      ],
    },
  ],
};

async function openConsentForm(recordConsent: (variables: Record<string, unknown>) => unknown) {
  const gateway = fakeGateway({
    FamilyRecord: () => familyRecordAnswer(smyths()),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
    SharingAgreements: () => agreements,
    RecordConsent: recordConsent,
  });
  vi.stubGlobal('fetch', gateway.fetch);
  render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
  const section = await screen.findByRole('region', { name: 'Consent to share information' });
  await userEvent.click(within(section).getByRole('button', { name: 'Record a consent decision' }));
  await within(section).findByLabelText('Information sharing agreement');
  return { gateway, section };
}

describe('recording a family’s consent to share information', () => {
  it('shows the consent in force', async () => {
    const { section } = await openConsentForm(vi.fn());
    expect(within(section).getByText('Given')).toHaveClass('govuk-tag');
    expect(within(section).getByText('Every agency working with the family: South Yorkshire Police')).toBeInTheDocument();
  });

  it('asks every question it needs answered, all at once, linked to each question', async () => {
    const recordConsent = vi.fn();
    const { section } = await openConsentForm(recordConsent);
    await userEvent.click(within(section).getByRole('button', { name: 'Record the decision' }));
    const summary = within(section).getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#consent-status-GIVEN', '#consent-given-by-p-1', '#consent-agreement']);
    expect(recordConsent).not.toHaveBeenCalled();

    // Consent given to named agencies needs at least one named.
    await userEvent.click(within(section).getByLabelText('Gave consent to share its information'));
    await userEvent.click(within(section).getByLabelText('Only the agencies I name'));
    await userEvent.click(within(section).getByRole('button', { name: 'Record the decision' }));
    expect(within(section).getByRole('link', { name: 'Select at least one agency the consent covers' })).toBeInTheDocument();
  });

  it('sends the decision, who made it, the agreement and the agencies named, with the version it saw', async () => {
    const { gateway, section } = await openConsentForm(() => ({ recordConsent: { id: 'family-21', version: 5 } }));
    await userEvent.click(within(section).getByLabelText('Gave consent to share its information'));
    await userEvent.click(within(section).getByLabelText('Ella Smyth'));
    await userEvent.selectOptions(within(section).getByLabelText('Information sharing agreement'), 'isa-1');
    await userEvent.click(within(section).getByLabelText('Only the agencies I name'));
    await userEvent.click(within(section).getByLabelText('Oakwood High School'));
    await userEvent.type(within(section).getByLabelText('Note (optional)'), 'Ella asked that only the school is told');
    await userEvent.click(within(section).getByRole('button', { name: 'Record the decision' }));

    expect(await screen.findByRole('alert', { name: 'Success' })).toHaveTextContent('Consent given recorded for FAM-000021');
    expect(gateway.calls.find((call) => call.operationName === 'RecordConsent')?.variables).toEqual({
      input: {
        familyId: 'family-21',
        expectedVersion: 4,
        status: 'GIVEN',
        givenByPersonId: 'p-2',
        agreementId: 'isa-1',
        scope: 'NAMED_AGENCIES',
        agencyIds: ['a-3'],
        recordedOn: null,
        note: 'Ella asked that only the school is told',
      },
    });
  });

  it('puts the server’s refusal against the person it was about, keeping every answer', async () => {
    const { section } = await openConsentForm(() => ({
      errors: [{ message: 'Ella Smyth cannot give or refuse consent for FAM-000021: only a parent or carer, another adult, or a young person aged 16 or over can', code: 'BAD_USER_INPUT', field: 'givenByPersonId' }],
    }));
    await userEvent.click(within(section).getByLabelText('Refused consent'));
    await userEvent.click(within(section).getByLabelText('Ella Smyth'));
    await userEvent.selectOptions(within(section).getByLabelText('Information sharing agreement'), 'isa-1');
    await userEvent.click(within(section).getByRole('button', { name: 'Record the decision' }));

    const link = await within(section).findByRole('link', { name: /Ella Smyth cannot give or refuse consent/ });
    expect(link).toHaveAttribute('href', '#consent-given-by-p-1');
    expect(within(section).getByRole('group', { name: 'Who made the decision?' })).toHaveAccessibleDescription(/Error: Ella Smyth cannot give/);
    expect(within(section).getByLabelText('Ella Smyth')).toBeChecked();
    expect(within(section).getByLabelText('Refused consent')).toBeChecked();
  });
});
