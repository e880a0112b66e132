import { humanise } from '@hearth/ui';

/** Planned work called off before it began was withdrawn before it started, not merely withdrawn. */
export const withdrawnBeforeStart = (intervention: { status: string; begun: boolean }) => intervention.status === 'WITHDRAWN' && !intervention.begun;

/** Where an intervention stands, in words. */
export const statusInWords = (intervention: { status: string; begun: boolean }) =>
  withdrawnBeforeStart(intervention) ? 'Withdrawn before it started' : humanise(intervention.status);
