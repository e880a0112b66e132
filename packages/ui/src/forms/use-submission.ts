import { fieldProblems, hasProblems, noProblems, refusalProblems, type FormProblems } from './form-problems.ts';
import { useCallback, useState, type FormEvent } from 'react';

export interface Submission<F extends string> {
  problems: FormProblems<F>;
  submitting: boolean;
  /** Checks the answers, and only if they pass sends them; a refusal becomes the form's problems. */
  submit: (event: FormEvent, validate: () => Partial<Record<F, string>>, send: () => Promise<void>) => Promise<void>;
  clearProblems: () => void;
}

/**
 * The GOV.UK way to submit: every problem at once, nothing sent while there
 * are any, and what the server refused shown in the same summary, against
 * the field it was about. The form's own state (what was typed) is never
 * touched here, so it survives every refusal.
 */
export function useSubmission<F extends string>(serverFields: Partial<Record<string, F>>, what: string): Submission<F> {
  const [problems, setProblems] = useState<FormProblems<F>>(noProblems);
  const [submitting, setSubmitting] = useState(false);
  const submit = useCallback(
    async (event: FormEvent, validate: () => Partial<Record<F, string>>, send: () => Promise<void>) => {
      event.preventDefault();
      const found = fieldProblems(validate());
      setProblems(found);
      if (hasProblems(found)) return;
      setSubmitting(true);
      try {
        await send();
      } catch (error) {
        setProblems(refusalProblems(error, serverFields, what));
      } finally {
        setSubmitting(false);
      }
    },
    [serverFields, what],
  );
  const clearProblems = useCallback(() => setProblems(noProblems()), []);
  return { problems, submitting, submit, clearProblems };
}
