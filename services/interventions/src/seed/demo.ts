import { demoFamilies } from '@hearth/demo-data';
import type { DataSource } from 'typeorm';
import { Intervention } from '../entities/index.ts';

/** Who recorded the demo cohort's interventions: no person did. */
export const DEMO_SEED_RECORDER = 'demo-seed';

/** The demo cohort's interventions, with their stable ids. Re-running inserts nothing new. */
export async function seedDemoInterventions(db: DataSource): Promise<void> {
  const rows = demoFamilies().flatMap((family) =>
    family.interventions.map((intervention) => ({
      id: intervention.id,
      familyId: family.id,
      modelCode: intervention.modelCode,
      status: intervention.status,
      startedOn: intervention.startedOn,
      plannedStartOn: intervention.status === 'PLANNED' ? intervention.startedOn : null,
      // Work the cohort shows under way (or done) counts as begun when it was seeded, like work recorded as started.
      beganAt: intervention.status === 'PLANNED' ? null : () => 'now()',
      endedOn: null,
      leadAgencyId: intervention.leadAgencyId,
      recordedBy: DEMO_SEED_RECORDER,
    })),
  );
  if (rows.length === 0) return;
  await db.createQueryBuilder().insert().into(Intervention).values(rows).orIgnore().execute();
}
