import { INTERVENTION_MODELS } from '@hearth/programme';
import type { DataSource } from 'typeorm';
import { InterventionModel } from '../entities/index.ts';

/**
 * Brings the catalogue in line with the programme's six models on every start.
 * A row already matching is left untouched (no new row version), so a restart
 * changes nothing; models are never deleted, as interventions point at them.
 */
export async function upsertInterventionModels(db: DataSource): Promise<void> {
  await db
    .createQueryBuilder()
    .insert()
    .into(InterventionModel)
    .values(INTERVENTION_MODELS.map(({ code, number, name, description }) => ({ code, number, name, description })))
    .orUpdate(['number', 'name', 'description'], ['code'], { skipUpdateIfNoValuesChanged: true })
    .execute();
}
