import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyOverview from '../src/family-record/FamilyOverview.tsx';
import { chronologyAnswer, familyRecordAnswer, mark, priya, sarah, session, smyths, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

function serve(family = smyths()) {
  const gateway = fakeGateway({
    FamilyRecord: ({ casework }) => familyRecordAnswer(family, Boolean(casework)),
    FamilyChronology: ({ id }) => chronologyAnswer(String(id)),
  });
  vi.stubGlobal('fetch', gateway.fetch);
  return gateway;
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the family page for its lead worker', () => {
  it('shows every section in the order a worker reads a family', async () => {
    serve();
    render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
    await screen.findByRole('heading', { level: 2, name: 'Household' });
    expect(headings()).toEqual([
      'Household',
      'Members',
      'Lead worker',
      'Agencies working with the family',
      'Consent to share information',
      'Restricted markers',
      'Chronology',
      'Status',
      'Case notes',
    ]);
  });

  it('shows the household, its members with their relationships and households, and the lead worker’s caseload', async () => {
    serve();
    render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
    const household = await screen.findByRole('region', { name: 'Household' });
    expect(within(household).getByText('185 Station Road')).toBeInTheDocument();
    expect(within(household).getByText('Most disadvantaged area').nextElementSibling).toHaveTextContent('Yes');
    expect(within(household).getByText('Nomination by South Yorkshire Police on 1 November 2025')).toBeInTheDocument();
    expect(within(household).getByText('Troubled Families phase 2 (2015 to 2020)')).toBeInTheDocument();

    const members = screen.getByRole('region', { name: 'Members' });
    expect(within(members).getByRole('heading', { level: 3, name: 'Ella Smyth' })).toBeInTheDocument();
    expect(within(members).getByText('Parent of Ella Smyth')).toBeInTheDocument();
    expect(within(members).getByText('Child of Poppy Smyth')).toBeInTheDocument();
    expect(within(members).getByText('Another household, as young person, from 10 January 2025 to 1 March 2026')).toBeInTheDocument();
    expect(within(members).getByText('Oakwood High School')).toBeInTheDocument();

    expect(within(screen.getByRole('region', { name: 'Lead worker' })).getByText(/7 of 12 families/)).toBeInTheDocument();
  });

  it('labels each event of the chronology with the part of Hearth it came from, newest first', async () => {
    serve();
    render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
    const chronology = await screen.findByRole('region', { name: 'Chronology' });
    const rows = await within(chronology).findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Family record', 'Outcomes Plan', 'Interventions', 'Headline problems']);
  });

  it('offers the lead worker the casework a lead worker does, and not what co-ordinators do', async () => {
    serve();
    render(<FamilyOverview session={session} viewer={sarah} familyId="family-21" />);
    await screen.findByRole('heading', { level: 2, name: 'Household' });
    for (const action of ['Add an agency', 'Record a consent decision', 'Add case note', 'Change status']) {
      expect(screen.getByRole('button', { name: action })).toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: 'Change lead worker' })).not.toBeInTheDocument();
  });
});

describe('the family page for other roles', () => {
  it('offers a co-ordinator the change of lead worker', async () => {
    serve();
    render(<FamilyOverview session={session} viewer={priya} familyId="family-21" />);
    expect(await screen.findByRole('button', { name: 'Change lead worker' })).toBeInTheDocument();
  });

  it('offers a partner nothing to change, and does not ask for the case notes and caseloads it may not read', async () => {
    const gateway = serve(smyths({ addressLine: null, postcode: null, restrictions: [{ id: 'x-1', kind: 'DOMESTIC_ABUSE', createdAt: '2026-01-02T10:00:00.000Z', detailsVisibleToYourRole: false }] }));
    render(<FamilyOverview session={session} viewer={mark} familyId="family-21" />);
    await screen.findByRole('heading', { level: 2, name: 'Household' });
    expect(gateway.calls.find((call) => call.operationName === 'FamilyRecord')?.variables).toEqual({ id: 'family-21', casework: false });
    expect(screen.queryByRole('heading', { name: 'Case notes' })).not.toBeInTheDocument();
    expect(screen.queryByText('Caseload')).not.toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByText('Withheld: a domestic abuse marker is in force and does not name your role')).toHaveLength(2);
    expect(screen.getByText(/Your role is not named on these markers/)).toBeInTheDocument();
  });

  it('tells an analyst why the address is withheld, and shows a year of birth as a year', async () => {
    serve(smyths({ addressLine: null, postcode: 'S63', members: smyths().members.map((member) => ({ ...member, fullName: `Person ${member.id.toUpperCase()}`, dateOfBirth: member.dateOfBirth.slice(0, 4), school: null })) }));
    render(<FamilyOverview session={session} viewer={tom} familyId="family-21" />);
    expect(await screen.findByText('Withheld: analysts see pseudonymised records, with the postcode district only')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Person P-2' })).toBeInTheDocument();
    expect(screen.getAllByText('Year of birth')).toHaveLength(2);
    expect(screen.getByText('2009')).toBeInTheDocument();
  });

  it('tells the worker plainly when the family is not one they may see', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyRecord: () => ({ errors: [{ message: 'No family with id family-99', code: 'NOT_FOUND' }] }) }).fetch);
    render(<FamilyOverview session={session} viewer={mark} familyId="family-99" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no family with this reference that you can see');
  });
});
