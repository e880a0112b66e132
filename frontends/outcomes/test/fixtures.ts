import type { FamilyProgressQuery, OutcomesPlanQuery } from '@hearth/client';

type Progress = NonNullable<FamilyProgressQuery['family']>['outcomeProgress'][number];

export const session = { gatewayUrl: 'http://gateway.test', token: 't' };

export const sarah = { role: 'LEAD_WORKER' as const };
export const priya = { role: 'COORDINATOR' as const };
export const mark = { role: 'PARTNER' as const };
export const tom = { role: 'ANALYST' as const };

export const problems = [
  { code: 'SCHOOL_ATTENDANCE', title: 'School attendance and behaviour' },
  { code: 'WORKLESSNESS_DEBT', title: 'Out of work or severe debts' },
];

export const ATTENDANCE = 'Every child attends at least 90% of sessions';
export const WORK_READY = 'Adults progressing towards work';
export const EMPLOYMENT = 'An adult moves off out-of-work benefits into continuous work';

export const planAnswer = (): OutcomesPlanQuery => ({
  outcomesPlan: {
    id: 'plan-1',
    name: 'Stronger Families Outcomes Plan (Phase 2)',
    measures: [
      { code: 'OP_SCHOOL_ATTENDANCE', problemCode: 'SCHOOL_ATTENDANCE', route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS', description: ATTENDANCE, sustainedForWeeks: 39 },
      { code: 'OP_WORK_READY', problemCode: 'WORKLESSNESS_DEBT', route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS', description: WORK_READY, sustainedForWeeks: 26 },
      { code: 'OP_CONTINUOUS_EMPLOYMENT', problemCode: 'WORKLESSNESS_DEBT', route: 'CONTINUOUS_EMPLOYMENT', description: EMPLOYMENT, sustainedForWeeks: 26 },
    ],
  },
  headlineProblems: problems,
});

/** The family's attendance measure: recorded by the demo data, then moved on by Sarah. */
export function attendance(overrides: Partial<Progress> = {}): Progress {
  return {
    id: 'g1',
    problemCode: 'SCHOOL_ATTENDANCE',
    status: 'IN_PROGRESS',
    note: 'Up to 86% this half term',
    effectiveOn: '2026-10-19',
    updatedAt: '2026-10-20T12:00:00.000Z',
    measure: { code: 'OP_SCHOOL_ATTENDANCE', description: ATTENDANCE, route: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS' },
    history: [
      {
        id: 'h2',
        status: 'IN_PROGRESS',
        previousStatus: 'NOT_STARTED',
        note: 'Up to 86% this half term',
        effectiveOn: '2026-10-19',
        recordedAt: '2026-10-20T12:00:00.000Z',
        recordedBy: 'w-sarah',
        recorder: { id: 'w-sarah', name: 'Sarah Ahmed' },
      },
      { id: 'h1', status: 'NOT_STARTED', previousStatus: null, note: null, effectiveOn: '2026-09-01', recordedAt: '2026-09-01T09:00:00.000Z', recordedBy: 'demo-seed', recorder: null },
    ],
    ...overrides,
  };
}

export const progressAnswer = (outcomeProgress: Progress[]): FamilyProgressQuery => ({ family: { id: 'family-1', outcomeProgress }, headlineProblems: problems });
