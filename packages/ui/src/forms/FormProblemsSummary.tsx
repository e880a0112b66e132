import { Button } from '../components/Button.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { problemSummary, type FormProblems } from './form-problems.ts';
import { useEffect, useRef, useState } from 'react';

export interface FormProblemsSummaryProps<F extends string> {
  problems: FormProblems<F>;
  /** Where the summary sends focus for each field, in the order the form asks them. */
  targets: Record<F, string>;
  /** Loads the record afresh, for when someone else changed it first. */
  onReload: () => void;
  clearProblems: () => void;
  /** What to call the record in the reload button, e.g. "FAM-000021". */
  recordName: string;
}

/**
 * The form's error summary. When Hearth refused because someone else changed
 * the record first, it also offers to load the latest version: the worker's
 * answers stay as typed, so they can check them against it and send again.
 */
export function FormProblemsSummary<F extends string>({ problems, targets, onReload, clearProblems, recordName }: FormProblemsSummaryProps<F>) {
  const [reloaded, setReloaded] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reloaded) notice.current?.focus();
  }, [reloaded]);
  useEffect(() => {
    if (problems.general.length || Object.keys(problems.fields).length) setReloaded(false);
  }, [problems]);

  const reload = () => {
    onReload();
    clearProblems();
    setReloaded(true);
  };
  return (
    <>
      <ErrorSummary errors={problemSummary(problems, targets)} />
      {problems.conflict && (
        <Button variant="secondary" onClick={reload}>
          Reload {recordName}
        </Button>
      )}
      {reloaded && (
        <div className="govuk-inset-text" role="status" tabIndex={-1} ref={notice}>
          You are now seeing the latest version of {recordName}. What you entered is kept: check it against the record and send it again.
        </div>
      )}
    </>
  );
}
