import { GatewayError } from '@hearth/client';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryCard } from '../src/components/SummaryCard.tsx';
import { fromIsoDate } from '../src/forms/DateInput.tsx';
import { problemSummary, refusalProblems } from '../src/forms/form-problems.ts';
import { formatDateTime, todayInUk } from '../src/format.ts';

/** The API's names for the inputs, against the form's names for its fields. */
const FIELDS = { to: 'status', reason: 'reason' } as const;
/** Where the error summary sends focus for each field. */
const TARGETS = { status: 'status-change-ELIGIBLE', reason: 'status-change-reason' };

describe('refusalProblems', () => {
  it('puts a refusal the server names a field for against that field, in the form’s own words for it', () => {
    const error = new GatewayError([{ message: 'FAM-000007 cannot move from ELIGIBLE to CLOSED', code: 'BAD_USER_INPUT', field: 'to' }]);
    expect(refusalProblems(error, FIELDS, 'The status')).toEqual({ fields: { status: 'FAM-000007 cannot move from ELIGIBLE to CLOSED' }, general: [], conflict: false });
  });

  it('keeps a conflict, a refusal of the role and an input the form has no field for about the whole form', () => {
    const error = new GatewayError([
      { message: 'Someone else changed FAM-000007 since you opened it. Reload it and make your change again.', code: 'CONFLICT' },
      { message: 'effectiveOn must not be in the future', code: 'BAD_USER_INPUT', field: 'effectiveOn' },
    ]);
    const problems = refusalProblems(error, FIELDS, 'The status');
    expect(problems.conflict).toBe(true);
    expect(problems.general).toEqual([
      'Someone else changed FAM-000007 since you opened it. Reload it and make your change again.',
      'effectiveOn must not be in the future',
    ]);
  });

  it('says plainly that nothing was saved when something other than Hearth failed', () => {
    expect(refusalProblems(new TypeError('boom'), FIELDS, 'The case note').general).toEqual(['The case note could not be saved. Try again.']);
  });
});

describe('problemSummary', () => {
  it('lists general problems first, then the fields in the order the form asks them', () => {
    const summary = problemSummary({ fields: { reason: 'Enter a reason', status: 'Select a status' }, general: ['Refused'], conflict: false }, TARGETS);
    expect(summary).toEqual([
      { text: 'Refused' },
      { text: 'Select a status', fieldId: 'status-change-ELIGIBLE' },
      { text: 'Enter a reason', fieldId: 'status-change-reason' },
    ]);
  });
});

describe('SummaryCard', () => {
  it('titles its card with a heading at the level asked for and lists its actions', () => {
    render(
      <SummaryCard title="Poppy Smyth" headingLevel={3} actions={[<a key="a" href="#change">Change</a>]}>
        <p>Parent or carer</p>
      </SummaryCard>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Poppy Smyth' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Change');
  });
});

describe('dates', () => {
  it('fills the date boxes from an ISO date, and leaves them empty for anything else', () => {
    expect(fromIsoDate('1985-03-07')).toEqual({ day: '7', month: '3', year: '1985' });
    expect(fromIsoDate('7 March')).toEqual({ day: '', month: '', year: '' });
  });

  it('writes a moment the GOV.UK way in UK time, and knows which day it is in the UK', () => {
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatDateTime('2026-01-01T00:05:00Z')).toBe('1 January 2026 at 12:05am');
    expect(todayInUk(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
  });
});

describe('two forms on one page', () => {
  it('give their error summaries titles of their own, so each summary is named by its own', async () => {
    const { ErrorSummary } = await import('../src/components/ErrorSummary.tsx');
    render(
      <>
        <ErrorSummary errors={[{ text: 'Select a status' }]} />
        <ErrorSummary title="The case note has a problem" errors={[{ text: 'Enter what happened' }]} />
      </>,
    );
    expect(screen.getAllByRole('alert').map((summary) => summary.getAttribute('aria-labelledby'))).toHaveLength(2);
    expect(screen.getByRole('alert', { name: 'The case note has a problem' })).toHaveTextContent('Enter what happened');
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Select a status');
  });
});
