import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { InterventionStatus } from '../entities/index.ts';

/** What a family's chronology needs of an intervention: the dates, the status and the model's name. */
export interface InterventionHistoryRow {
  familyId: string;
  modelName: string;
  status: InterventionStatus;
  startedOn: string;
  endedOn: string | null;
  recordedAt: Date;
}

/** Every family's interventions with their models' names: one statement per request, however many families. */
export function chronologyLoaders(db: DataSource) {
  return {
    interventionHistoryByFamily: loaderOfLists(
      async (familyIds: readonly string[]): Promise<InterventionHistoryRow[]> =>
        (
          (await db.query(
            `SELECT i.family_id, m.name AS model_name, i.status, i.started_on::text AS started_on, i.ended_on::text AS ended_on, i.created_at
             FROM interventions.intervention i JOIN interventions.intervention_model m ON m.code = i.model_code
             WHERE i.family_id = ANY($1::uuid[])`,
            [familyIds],
          )) as { family_id: string; model_name: string; status: InterventionStatus; started_on: string; ended_on: string | null; created_at: Date }[]
        ).map((row) => ({
          familyId: row.family_id,
          modelName: row.model_name,
          status: row.status,
          startedOn: row.started_on,
          endedOn: row.ended_on,
          recordedAt: row.created_at,
        })),
      (row) => row.familyId,
    ),
  };
}
