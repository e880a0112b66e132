import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyInterventions from '../src/family-interventions/FamilyInterventions.tsx';
import InterventionModels from '../src/models/InterventionModels.tsx';

const session = { gatewayUrl: 'http://gateway.test', token: 't' };

afterEach(() => vi.unstubAllGlobals());

describe('InterventionModels', () => {
  it('lists the models in the programme’s numbered order', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        InterventionModels: () => ({
          interventionModels: [
            { code: 'BRIEF_INTERVENTION', number: 1, name: 'Engagement of families / brief intervention', description: 'Short, focused contact.' },
            { code: 'EMPLOYABILITY_SUPPORT', number: 6, name: 'Employability support', description: 'Finding work.' },
          ],
        }),
      }).fetch,
    );
    render(<InterventionModels session={session} />);
    const table = await screen.findByRole('table', { name: 'The six models of intervention' });
    const rows = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(rows).toEqual(['1. Engagement of families / brief intervention', '6. Employability support']);
  });
});

describe('FamilyInterventions', () => {
  it('shows each intervention with its status, lead agency and dates', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        FamilyInterventions: () => ({
          family: {
            id: 'family-1',
            interventions: [
              { id: 'i1', status: 'ACTIVE', startedOn: '2026-07-22', endedOn: null, model: { code: 'EVIDENCE_BASED_PROGRAMME', number: 5, name: 'Evidence based programmes' }, leadAgency: { id: 'a1', name: 'Children’s Social Care' } },
              { id: 'i2', status: 'COMPLETED', startedOn: '2026-01-28', endedOn: '2026-05-01', model: { code: 'KEY_WORKING_TAF', number: 2, name: 'Key working and Team Around the Family' }, leadAgency: { id: 'a2', name: 'Families for Change Team' } },
            ],
          },
        }),
      }).fetch,
    );
    render(<FamilyInterventions session={session} familyId="family-1" />);
    const table = await screen.findByRole('table', { name: 'The family’s interventions' });
    const active = within(table).getByRole('row', { name: /Evidence based programmes/ });
    expect(active).toHaveTextContent('Active');
    expect(active).toHaveTextContent('22 July 2026');
    expect(active).toHaveTextContent('Not ended');
    expect(within(table).getByRole('row', { name: /Key working/ })).toHaveTextContent('1 May 2026');
  });

  it('says when no intervention has started', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyInterventions: () => ({ family: { id: 'family-1', interventions: [] } }) }).fetch);
    render(<FamilyInterventions session={session} familyId="family-1" />);
    expect(await screen.findByText('No interventions have been started for this family.')).toBeInTheDocument();
  });
});
