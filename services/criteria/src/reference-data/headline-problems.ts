import { HEADLINE_PROBLEMS } from '@hearth/programme';
import type { DataSource } from 'typeorm';
import { HeadlineProblem, Indicator } from '../entities/index.ts';

/**
 * Brings the catalogue in line with the programme's on every start. Rows
 * that already match are left untouched, so a restart writes nothing.
 * Codes the programme no longer lists are kept: evidence may point at them.
 */
export async function syncHeadlineProblems(db: DataSource): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .createQueryBuilder()
      .insert()
      .into(HeadlineProblem)
      .values(HEADLINE_PROBLEMS.map((problem, position) => ({ code: problem.code, phase: problem.phase, title: problem.title, position })))
      .orUpdate(['phase', 'title', 'position'], ['code'], { skipUpdateIfNoValuesChanged: true })
      .execute();
    await tx
      .createQueryBuilder()
      .insert()
      .into(Indicator)
      .values(
        HEADLINE_PROBLEMS.flatMap((problem) =>
          problem.indicators.map((indicator, position) => ({
            code: indicator.code,
            problemCode: problem.code,
            description: indicator.description,
            position,
          })),
        ),
      )
      .orUpdate(['problem_code', 'description', 'position'], ['code'], { skipUpdateIfNoValuesChanged: true })
      .execute();
  });
}
