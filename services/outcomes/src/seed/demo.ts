import { demoFamilies, stableId } from '@hearth/demo-data';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { OutcomeProgress, ProgressChange } from '../entities/index.ts';

/** Who recorded demo progress when the story gives the family no lead worker. */
const DEMO_RECORDER = 'demo-seed';

/**
 * The demo cohort's progress, each row with the one history entry that
 * explains it. Stable ids make a second run insert nothing.
 */
export async function seedDemoProgress(db: DataSource): Promise<void> {
  const rows = demoFamilies().flatMap((family) =>
    family.progress.map((progress) => ({
      id: progress.id,
      familyId: family.id,
      measureCode: progress.measureCode,
      status: progress.status,
      note: null,
      // The demo's progress took effect the day it was recorded.
      effectiveOn: progress.updatedAt.slice(0, 10),
      updatedAt: new Date(progress.updatedAt),
      recordedBy: family.leadWorkerId ?? DEMO_RECORDER,
    })),
  );
  await db.transaction(async (tx) => {
    await tx.createQueryBuilder().insert().into(OutcomeProgress).values(rows).orIgnore().execute();
    // A row someone recorded for the same family and measure before seeding wins; its demo history must not be added.
    const present = new Set(
      (await tx.getRepository(OutcomeProgress).find({ select: { id: true }, where: { id: In(rows.map((row) => row.id)) } })).map((row) => row.id),
    );
    const history = rows
      .filter((row) => present.has(row.id))
      .map((row) => ({
        id: stableId(`progress-history:${row.id}`),
        progressId: row.id,
        status: row.status,
        note: row.note,
        effectiveOn: row.effectiveOn,
        recordedAt: row.updatedAt,
        recordedBy: row.recordedBy,
      }));
    if (history.length > 0) await tx.createQueryBuilder().insert().into(ProgressChange).values(history).orIgnore().execute();
  });
}
