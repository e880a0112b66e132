import { demoFamilies } from '@hearth/demo-data';
import type { DataSource } from 'typeorm';
import { Evidence } from '../entities/index.ts';

/** Who the demo evidence is recorded by: no worker recorded it, the seed did. */
export const DEMO_SEED_RECORDER = 'demo-seed';

/** The demo cohort's evidence, with the demo's stable ids. Re-running inserts nothing new. */
export async function seedDemoEvidence(db: DataSource): Promise<void> {
  const rows = demoFamilies().flatMap((family) =>
    family.evidence.map((evidence) => ({
      id: evidence.id,
      familyId: family.id,
      personId: evidence.personId,
      indicatorCode: evidence.indicatorCode,
      source: evidence.source,
      observedAt: new Date(evidence.observedAt),
      recordedBy: DEMO_SEED_RECORDER,
    })),
  );
  await db.createQueryBuilder().insert().into(Evidence).values(rows).orIgnore().execute();
}
