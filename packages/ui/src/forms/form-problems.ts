import { isGatewayError } from '@hearth/client';
import type { ErrorSummaryItem } from '../components/ErrorSummary.tsx';

/** What is wrong with a form: messages against its fields, and any about the whole of it. */
export interface FormProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  general: string[];
  /** Hearth refused because someone else changed the record since it was loaded. */
  conflict: boolean;
}

export const noProblems = <F extends string>(): FormProblems<F> => ({ fields: {}, general: [], conflict: false });

export function hasProblems<F extends string>(problems: FormProblems<F>): boolean {
  return problems.general.length > 0 || Object.keys(problems.fields).length > 0;
}

export function fieldProblems<F extends string>(fields: Partial<Record<F, string>>): FormProblems<F> {
  return { fields, general: [], conflict: false };
}

/**
 * What Hearth refused, put against the form's field where the server names
 * one (BAD_USER_INPUT with a field, named as the API names it); everything
 * else (FORBIDDEN, CONFLICT, an input the form has no field for) is about
 * the whole form and shown as the server said it, since its messages are
 * written for the worker.
 */
export function refusalProblems<F extends string>(error: unknown, serverFields: Partial<Record<string, F>>, what: string): FormProblems<F> {
  if (!isGatewayError(error)) return { fields: {}, general: [`${what} could not be saved. Try again.`], conflict: false };
  const problems: FormProblems<F> = { fields: {}, general: [], conflict: error.code === 'CONFLICT' };
  for (const detail of error.details) {
    const field = detail.field ? serverFields[detail.field] : undefined;
    if (detail.code === 'BAD_USER_INPUT' && field && !problems.fields[field]) problems.fields[field] = detail.message;
    else if (detail.code === 'GATEWAY_UNREACHABLE') problems.general.push(`${what} could not be saved: ${detail.message}. Try again.`);
    else problems.general.push(detail.message);
  }
  return problems;
}

/**
 * The error summary's lines: the general ones first, then each field's in
 * the order the form asks them (the order of `targets`), each linked to the
 * input focus should go to.
 */
export function problemSummary<F extends string>(problems: FormProblems<F>, targets: Record<F, string>): ErrorSummaryItem[] {
  const fields = (Object.keys(targets) as F[]).filter((field) => problems.fields[field]);
  return [...problems.general.map((text) => ({ text })), ...fields.map((field) => ({ text: problems.fields[field]!, fieldId: targets[field] }))];
}
