import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { InterventionStatus } from '../entities/index.ts';

/** What a family's chronology needs of an intervention: the dates, the status and the model's name. */
export interface InterventionHistoryRow {
  familyId: string;
  modelName: string;
  status: InterventionStatus;
  startedOn: string;
  /** The day it was planned to start, if it was planned. */
  plannedStartOn: string | null;
  endedOn: string | null;
  recordedAt: Date;
  /** When it was recorded as begun; null if it has not (or never) begun. */
  beganAt: Date | null;
}

/** Every family's interventions with their models' names: one statement per request, however many families. */
export function chronologyLoaders(db: DataSource) {
  return {
    interventionHistoryByFamily: loaderOfLists(
      async (familyIds: readonly string[]): Promise<InterventionHistoryRow[]> =>
        (
          (await db.query(
            `SELECT i.family_id, m.name AS model_name, i.status, i.started_on::text AS started_on, i.planned_start_on::text AS planned_start_on,
                    i.ended_on::text AS ended_on, i.created_at, i.began_at
             FROM interventions.intervention i JOIN interventions.intervention_model m ON m.code = i.model_code
             WHERE i.family_id = ANY($1::uuid[])`,
            [familyIds],
          )) as {
            family_id: string;
            model_name: string;
            status: InterventionStatus;
            started_on: string;
            planned_start_on: string | null;
            ended_on: string | null;
            created_at: Date;
            began_at: Date | null;
          }[]
        ).map((row) => ({
          familyId: row.family_id,
          modelName: row.model_name,
          status: row.status,
          startedOn: row.started_on,
          plannedStartOn: row.planned_start_on,
          endedOn: row.ended_on,
          recordedAt: row.created_at,
          beganAt: row.began_at,
        })),
      (row) => row.familyId,
    ),
  };
}
