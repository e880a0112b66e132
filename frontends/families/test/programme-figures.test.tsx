import type { ProgrammeFiguresQuery } from '@hearth/client';
import { fakeGateway } from '@hearth/client/testing';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ProgrammeFigures from '../src/figures/ProgrammeFigures.tsx';
import { helen, priya, sarah, session, tom } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

type Figures = ProgrammeFiguresQuery['programmeFigures'];

/** As the families subgraph might answer, with the statuses deliberately out of the programme's order. */
const FIGURES: Figures = {
  totalFamilies: 1240,
  familiesWithoutLeadWorker: 37,
  leadWorkers: 52,
  averageCaseload: 17.3,
  byStatus: [
    { status: 'CLOSED', families: 200 },
    { status: 'IDENTIFIED', families: 140 },
    { status: 'ELIGIBLE', families: 60 },
    { status: 'ALLOCATED', families: 90 },
    { status: 'ENGAGED', families: 310 },
    { status: 'PLAN_ACTIVE', families: 250 },
    { status: 'OUTCOME_ACHIEVED', families: 120 },
    { status: 'DECLINED', families: 25 },
    { status: 'DISENGAGED', families: 15 },
    { status: 'STEPPED_DOWN', families: 20 },
    { status: 'STEPPED_UP', families: 10 },
  ],
  byArea: [
    { area: 'Rotherham North', families: 700 },
    { area: 'Rotherham South', families: 540 },
  ],
  byIdentificationRoute: [
    { route: 'DATA_MATCHING', families: 930 },
    { route: 'AGENCY_NOMINATION', families: 310 },
  ],
  byCohort: [
    { cohort: 'Phase 2, Year 1 cohort', families: 1000 },
    { cohort: 'Phase 2, Year 2 cohort', families: 238 },
    { cohort: null, families: 2 },
  ],
};

function serve(answer: () => unknown) {
  const gateway = fakeGateway({ ProgrammeFigures: answer });
  vi.stubGlobal('fetch', gateway.fetch);
  return gateway;
}

/** Each body row of the table in the named section, as its cells' text. */
function rowsOf(section: string): string[][] {
  const table = within(screen.getByRole('region', { name: section })).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('programme figures', () => {
  it('shows the headline numbers, and each breakdown in its own table', async () => {
    serve(() => ({ programmeFigures: FIGURES }));
    render(<ProgrammeFigures session={session} viewer={tom} />);

    const headline = await screen.findByRole('region', { name: 'Headline figures' });
    const value = (key: string) => within(headline).getByText(key).nextElementSibling?.textContent;
    expect(value('Total families')).toMatch(/^1,240/);
    expect(value('Families without a lead worker')).toMatch(/^37Still in the programme/);
    expect(value('Lead workers')).toMatch(/^52/);
    expect(value('Average caseload')).toMatch(/^17\.3/);

    expect(rowsOf('Families by status')).toEqual([
      ['Identified', 'Known to the programme, not yet checked against the criteria', '140', '11%'],
      ['Eligible', 'Meets the criteria: at least two headline problems', '60', '5%'],
      ['Allocated', 'Has a lead worker, who has not yet met the family', '90', '7%'],
      ['Engaged', 'Has agreed to work with its lead worker', '310', '25%'],
      ['Plan active', 'Has a family plan agreed at a Team Around the Family meeting', '250', '20%'],
      ['Outcome achieved', 'Has made significant and sustained progress against its plan', '120', '10%'],
      ['Closed', 'The programme’s work with the family has ended', '200', '16%'],
      ['Declined', 'Chose not to take part', '25', '2%'],
      ['Disengaged', 'Stopped working with its lead worker', '15', '1%'],
      ['Stepped down', 'Needs no more than universal services now', '20', '2%'],
      ['Stepped up', 'Referred up to children’s social care', '10', '1%'],
    ]);
    expect(rowsOf('Families by area')).toEqual([
      ['Rotherham North', '700', '56%'],
      ['Rotherham South', '540', '44%'],
    ]);
    expect(rowsOf('Families by identification route')).toEqual([
      ['Data matching', '930', '75%'],
      ['Agency nomination', '310', '25%'],
    ]);
    expect(rowsOf('Families by cohort')).toEqual([
      ['Phase 2, Year 1 cohort', '1,000', '81%'],
      ['Phase 2, Year 2 cohort', '238', '19%'],
      ['Not in a cohort', '2', '0%'],
    ]);
  });

  it('makes every table readable by a screen reader: a caption, header scopes and numbers right-aligned', async () => {
    serve(() => ({ programmeFigures: FIGURES }));
    render(<ProgrammeFigures session={session} viewer={tom} />);
    await screen.findByRole('region', { name: 'Headline figures' });
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(4);
    for (const table of tables) {
      expect(table.querySelector('caption')?.textContent).toMatch(/^Families /);
      for (const header of table.querySelectorAll('thead th')) expect(header).toHaveAttribute('scope', 'col');
      for (const header of table.querySelectorAll('tbody th')) expect(header).toHaveAttribute('scope', 'row');
      const numbers = within(table).getAllByRole('columnheader', { name: /^(Families|Share)$/ });
      expect(numbers).toHaveLength(2);
      for (const header of numbers) expect(header).toHaveClass('govuk-table__header--numeric');
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = [...row.querySelectorAll('td')].slice(-2);
        for (const cell of cells) expect(cell).toHaveClass('govuk-table__cell--numeric');
      }
    }
    expect(screen.getByRole('table', { name: 'Families at each status, in the order a family moves through the programme' })).toBeInTheDocument();
  });

  it('says whose families are counted: all of them for an analyst, their own areas for a co-ordinator or manager', async () => {
    serve(() => ({ programmeFigures: FIGURES }));
    const { unmount } = render(<ProgrammeFigures session={session} viewer={tom} />);
    expect(await screen.findByText('All families in Hearth.')).toBeInTheDocument();
    unmount();

    render(<ProgrammeFigures session={session} viewer={priya} />);
    expect(await screen.findByText('Families in your areas: Rotherham North and Rotherham South.')).toBeInTheDocument();
    expect(screen.queryByText('All families in Hearth.')).not.toBeInTheDocument();
  });

  it('names all of a manager’s areas', async () => {
    serve(() => ({ programmeFigures: FIGURES }));
    render(<ProgrammeFigures session={session} viewer={helen} />);
    expect(await screen.findByText('Families in your areas: Rotherham North, Rotherham South and Wentworth North.')).toBeInTheDocument();
  });

  it('shows the gateway’s refusal as a problem message', async () => {
    serve(() => ({ errors: [{ message: 'Your role (COORDINATOR) cannot see programme figures', code: 'FORBIDDEN' }] }));
    render(<ProgrammeFigures session={session} viewer={priya} />);
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveClass('govuk-inset-text');
    expect(problem).toHaveTextContent('The programme figures could not be shown');
    expect(problem).toHaveTextContent('Your role (COORDINATOR) cannot see programme figures');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when there are no families to count, rather than showing empty tables', async () => {
    serve(() => ({
      programmeFigures: { ...FIGURES, totalFamilies: 0, familiesWithoutLeadWorker: 0, leadWorkers: 0, averageCaseload: 0, byStatus: FIGURES.byStatus.map((row) => ({ ...row, families: 0 })), byArea: [], byCohort: [], byIdentificationRoute: [] },
    }));
    render(<ProgrammeFigures session={session} viewer={tom} />);
    expect(await screen.findByText('There are no families to count by area.')).toBeInTheDocument();
    expect(rowsOf('Families by status')[0]).toEqual(['Identified', 'Known to the programme, not yet checked against the criteria', '0', '–']);
  });

  it('asks nothing of the gateway for a role the figures are not for, or a co-ordinator with no areas', async () => {
    const gateway = serve(() => ({ programmeFigures: FIGURES }));
    const { unmount } = render(<ProgrammeFigures session={session} viewer={sarah} />);
    expect(screen.getByText('Programme figures are for analysts, managers and co-ordinators.')).toBeInTheDocument();
    unmount();
    render(<ProgrammeFigures session={session} viewer={{ ...priya, areas: [] }} />);
    expect(screen.getByText(/You oversee no areas/)).toBeInTheDocument();
    expect(gateway.calls).toEqual([]);
  });
});
