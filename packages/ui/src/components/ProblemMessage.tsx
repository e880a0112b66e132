import type { ReactNode } from 'react';

/**
 * A section that could not do its job says so in place, in words a worker can
 * act on, without taking the rest of the page down with it.
 */
export function ProblemMessage({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="govuk-inset-text hearth-problem" role="alert">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{title}</p>
      {children}
      {action}
    </div>
  );
}
