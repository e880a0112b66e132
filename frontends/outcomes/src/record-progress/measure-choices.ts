import type { OutcomesPlanQuery } from '@hearth/client';
import { problemTitle } from '../routes.ts';

export type Measure = OutcomesPlanQuery['outcomesPlan']['measures'][number];

/** The plan's measures under their headline problems, problems in the order the plan first names them. */
export function measureGroups({ outcomesPlan, headlineProblems }: OutcomesPlanQuery) {
  const groups = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const measure of outcomesPlan.measures) {
    const group = groups.get(measure.problemCode) ?? { label: problemTitle(headlineProblems, measure.problemCode), options: [] };
    group.options.push({ value: measure.code, label: measure.description });
    groups.set(measure.problemCode, group);
  }
  return [...groups.values()];
}
