import type { OutcomeRoute } from '@hearth/programme';
import { registerEnumType } from 'type-graphql';

export const OutcomeRouteEnum: { [K in OutcomeRoute]: K } = {
  SIGNIFICANT_AND_SUSTAINED_PROGRESS: 'SIGNIFICANT_AND_SUSTAINED_PROGRESS',
  CONTINUOUS_EMPLOYMENT: 'CONTINUOUS_EMPLOYMENT',
};
registerEnumType(OutcomeRouteEnum, {
  name: 'OutcomeRoute',
  description: 'The two routes to a results claim: progress against every problem, or an adult into continuous work',
});

export const PROGRESS_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'SUSTAINED'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const ProgressStatusEnum = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, s])) as { [K in ProgressStatus]: K };
registerEnumType(ProgressStatusEnum, {
  name: 'ProgressStatus',
  description: 'How far a family has come against one measure; SUSTAINED means the progress has lasted as long as the measure asks, as a results claim needs',
});
