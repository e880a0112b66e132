import type { HeadlineProblemsQuery } from '@hearth/client';
import type { SelectOption } from '@hearth/ui';

type HeadlineProblem = HeadlineProblemsQuery['headlineProblems'][number];

/** The catalogue's indicators under their headline problem's name, in the catalogue's order. */
export function indicatorGroups(problems: HeadlineProblem[]): { label: string; options: SelectOption[] }[] {
  return problems.map((problem) => ({
    label: problem.title,
    options: problem.indicators.map((indicator) => ({ value: indicator.code, label: indicator.description })),
  }));
}

/** The headline problem an indicator shows, for saying what was recorded. */
export function problemOf(problems: HeadlineProblem[], indicatorCode: string): HeadlineProblem | undefined {
  return problems.find((problem) => problem.indicators.some((indicator) => indicator.code === indicatorCode));
}
