import type { OutcomeRoute } from '@hearth/client';

/** The two ways a results claim can be valid, in the programme's words. */
export const ROUTE_NAMES: Record<OutcomeRoute, string> = {
  SIGNIFICANT_AND_SUSTAINED_PROGRESS: 'Significant and sustained progress',
  CONTINUOUS_EMPLOYMENT: 'Continuous employment',
};

export function problemTitle(problems: { code: string; title: string }[], code: string): string {
  return problems.find((problem) => problem.code === code)?.title ?? code;
}
