/** The most families Hearth lets one lead worker lead at once (the families subgraph holds the same bound). */
export const MAX_CASELOAD_LIMIT = 50;

export type LimitAnswer = { limit: number; problem?: undefined } | { limit?: undefined; problem: string };

/** A limit typed as a whole number, the GOV.UK way: every way of getting it wrong has its own message. */
export function readLimit(typed: string, workerName: string): LimitAnswer {
  const text = typed.trim();
  if (!text) return { problem: `Enter how many families ${workerName} may lead at once` };
  if (!/^\d+$/.test(text)) return { problem: 'Caseload limit must be a whole number, like 12' };
  const limit = Number(text);
  if (limit > MAX_CASELOAD_LIMIT) return { problem: `Caseload limit must be ${MAX_CASELOAD_LIMIT} or fewer` };
  return { limit };
}
