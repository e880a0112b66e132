import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyProgress from '../src/family-progress/FamilyProgress.tsx';
import OutcomesPlan from '../src/plan/OutcomesPlan.tsx';

const session = { gatewayUrl: 'http://gateway.test', token: 't' };
const problems = [
  { code: 'SCHOOL_ATTENDANCE', title: 'School attendance and behaviour' },
  { code: 'WORKLESSNESS_DEBT', title: 'Out of work or severe debts' },
];

afterEach(() => vi.unstubAllGlobals());

describe('OutcomesPlan', () => {
  it('names each measure’s headline problem, route and how long it must last', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        OutcomesPlan: () => ({
          outcomesPlan: {
            id: 'plan-1',
            name: 'Stronger Families Outcomes Plan (Phase 2)',
            measures: [
              { code: 'OP_SCHOOL_ATTENDANCE', problemCode: 'SCHOOL_ATTENDANCE', route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS', description: 'Every child attends at least 90% of sessions', sustainedForWeeks: 39 },
              { code: 'OP_CONTINUOUS_EMPLOYMENT', problemCode: 'WORKLESSNESS_DEBT', route: 'CONTINUOUS_EMPLOYMENT', description: 'An adult moves off out-of-work benefits into continuous work', sustainedForWeeks: 26 },
            ],
          },
          headlineProblems: problems,
        }),
      }).fetch,
    );
    render(<OutcomesPlan session={session} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Stronger Families Outcomes Plan (Phase 2)' })).toBeInTheDocument();
    const work = screen.getByRole('row', { name: /Out of work or severe debts/ });
    expect(work).toHaveTextContent('Continuous employment');
    expect(work).toHaveTextContent('26 weeks');
    expect(screen.getByRole('row', { name: /School attendance and behaviour/ })).toHaveTextContent('Significant and sustained progress');
  });
});

describe('FamilyProgress', () => {
  it('shows where the family stands against each measure', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        FamilyProgress: () => ({
          family: {
            id: 'family-1',
            outcomeProgress: [
              { id: 'g1', problemCode: 'SCHOOL_ATTENDANCE', status: 'SUSTAINED', note: '94% over three terms', updatedAt: '2026-10-19T12:00:00.000Z', measure: { code: 'OP_SCHOOL_ATTENDANCE', description: 'Every child attends at least 90% of sessions', route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS' } },
            ],
          },
          headlineProblems: problems,
        }),
      }).fetch,
    );
    render(<FamilyProgress session={session} familyId="family-1" />);
    const table = await screen.findByRole('table', { name: 'The family’s progress, measure by measure' });
    const row = within(table).getByRole('row', { name: /School attendance and behaviour/ });
    expect(row).toHaveTextContent('Sustained');
    expect(row).toHaveTextContent('94% over three terms');
    expect(row).toHaveTextContent('19 October 2026');
  });

  it('says when nothing has been recorded yet', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProgress: () => ({ family: { id: 'family-1', outcomeProgress: [] }, headlineProblems: problems }) }).fetch);
    render(<FamilyProgress session={session} familyId="family-1" />);
    expect(await screen.findByText('No progress has been recorded against the Outcomes Plan yet.')).toBeInTheDocument();
  });
});
