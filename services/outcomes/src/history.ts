import type { ProgressChange } from './entities/index.ts';

/**
 * Each change's "from" is the status of the change recorded before it against
 * the same measure. Derived on reading rather than stored, so the history
 * cannot say one thing and its "from" column another.
 *
 * Expects each measure's changes newest first, as the history is read.
 */
export function withPreviousStatuses(changes: ProgressChange[]): ProgressChange[] {
  const older = new Map<string, ProgressChange>();
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    change.previousStatus = older.get(change.progressId)?.status ?? null;
    older.set(change.progressId, change);
  }
  return changes;
}
