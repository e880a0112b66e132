import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { ProgressStatus } from '../entities/index.ts';

/** One recorded change to a family's progress, with the measure it was against. */
export interface ProgressHistoryRow {
  familyId: string;
  measureDescription: string;
  status: ProgressStatus;
  note: string | null;
  /** The day the family reached the status (YYYY-MM-DD). */
  effectiveOn: string;
  recordedAt: Date;
}

/** Every change recorded for every family asked for, across all its measures: one statement per request. */
export function chronologyLoaders(db: DataSource) {
  return {
    progressHistoryByFamily: loaderOfLists(
      async (familyIds: readonly string[]): Promise<ProgressHistoryRow[]> =>
        (
          (await db.query(
            `SELECT p.family_id, m.description, h.status, h.note, h.effective_on::text AS effective_on, h.recorded_at
             FROM outcomes.progress_history h
             JOIN outcomes.outcome_progress p ON p.id = h.progress_id
             JOIN outcomes.outcome_measure m ON m.code = p.measure_code
             WHERE p.family_id = ANY($1::uuid[])`,
            [familyIds],
          )) as { family_id: string; description: string; status: ProgressStatus; note: string | null; effective_on: string; recorded_at: Date }[]
        ).map((row) => ({ familyId: row.family_id, measureDescription: row.description, status: row.status, note: row.note, effectiveOn: row.effective_on, recordedAt: row.recorded_at })),
      (row) => row.familyId,
    ),
  };
}
