import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import FamilyProgress from '../src/family-progress/FamilyProgress.tsx';
import OutcomesPlan from '../src/plan/OutcomesPlan.tsx';
import { ATTENDANCE, attendance, problems, progressAnswer, session } from './fixtures.ts';


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
  it('shows where the family stands against each measure, and since when', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProgress: () => progressAnswer([attendance({ status: 'SUSTAINED', note: '94% over three terms' })]) }).fetch);
    render(<FamilyProgress session={session} familyId="family-1" />);
    const table = await screen.findByRole('table', { name: 'The family’s progress, measure by measure' });
    const row = within(table).getByRole('row', { name: /School attendance and behaviour/ });
    expect(row).toHaveTextContent('Sustained');
    expect(row).toHaveTextContent('94% over three terms');
    expect(row).toHaveTextContent('19 October 2026');
  });

  it('shows each measure’s history: from what to what, the day it took effect, who recorded it and when', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProgress: () => progressAnswer([attendance()]) }).fetch);
    render(<FamilyProgress session={session} familyId="family-1" />);
    const summary = await screen.findByText(`History of school attendance and behaviour: ${ATTENDANCE}`);
    const history = within(summary.closest('details')!).getByRole('table', { name: `Changes to ${ATTENDANCE}, newest first` });
    expect(within(history).getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([
      '19 October 2026Not startedIn progressUp to 86% this half termSarah Ahmed20 October 2026 at 1:00pm',
      '1 September 2026First recordedNot starteddemo-seed (not in the worker directory)1 September 2026 at 10:00am',
    ]);
  });

  it('says when nothing has been recorded yet', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProgress: () => progressAnswer([]) }).fetch);
    render(<FamilyProgress session={session} familyId="family-1" />);
    expect(await screen.findByText('No progress has been recorded against the Outcomes Plan yet.')).toBeInTheDocument();
  });
});
