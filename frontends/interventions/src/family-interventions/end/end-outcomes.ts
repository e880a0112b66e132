import type { InterventionStatus } from '@hearth/client';

export type EndStatus = Extract<InterventionStatus, 'COMPLETED' | 'WITHDRAWN'>;

/** The two ways work ends, as a worker would choose between them. */
export const END_OUTCOMES: { value: EndStatus; label: string; hint: string; done: string }[] = [
  { value: 'COMPLETED', label: 'Completed', hint: 'The work was delivered as planned', done: 'completed' },
  { value: 'WITHDRAWN', label: 'Withdrawn', hint: 'The work stopped before it was finished, for example the family stopped taking part', done: 'withdrawn' },
];

export const endOutcome = (status: string) => END_OUTCOMES.find((outcome) => outcome.value === status);
