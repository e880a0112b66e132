import { badInput, decodeCursor, MAX_PAGE_SIZE, parseId } from '@hearth/subgraph-kit';

export interface AuditTrailFilter {
  familyId: string | null;
  actorId: string | null;
  first: number;
  /** The id of the last event of the previous page. */
  before: string | null;
}

/**
 * Checks the audit trail's arguments. The trail is read by family or by the
 * worker who acted, never whole: a question about everything is refused.
 */
export function auditTrailFilter(args: { familyId: string | null; workerId: string | null; first: number | null; after: string | null }): AuditTrailFilter {
  if (!args.familyId && !args.workerId) {
    throw badInput('Name a family (familyId) or a worker (workerId) whose audit trail you want', { field: 'familyId' });
  }
  const first = args.first ?? 50;
  if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
  const before = args.after ? decodeCursor(args.after) : null;
  if (before !== null && !/^[1-9]\d{0,18}$/.test(before)) throw badInput(`"${args.after}" is not a valid paging cursor`, { field: 'after' });
  return {
    familyId: args.familyId ? parseId(args.familyId, 'family') : null,
    actorId: args.workerId ? parseId(args.workerId, 'worker') : null,
    first,
    before,
  };
}
