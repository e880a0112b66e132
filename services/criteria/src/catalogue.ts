import type { Phase } from '@hearth/programme';
import type { DataSource } from 'typeorm';
import { HeadlineProblem, type Indicator } from './entities/index.ts';

/** The headline problems and their indicators as one request sees them, read in one statement. */
export class Catalogue {
  private readonly problemByCode: Map<string, HeadlineProblem>;
  private readonly indicatorByCode: Map<string, Indicator>;

  constructor(readonly problems: HeadlineProblem[]) {
    this.problemByCode = new Map(problems.map((problem) => [problem.code, problem]));
    this.indicatorByCode = new Map(problems.flatMap((problem) => problem.indicators ?? []).map((indicator) => [indicator.code, indicator]));
  }

  inPhase(phase: Phase | null | undefined): HeadlineProblem[] {
    return phase ? this.problems.filter((problem) => problem.phase === phase) : this.problems;
  }

  problem(code: string): HeadlineProblem | null {
    return this.problemByCode.get(code) ?? null;
  }

  indicator(code: string): Indicator | null {
    return this.indicatorByCode.get(code) ?? null;
  }

  indicatorsOf(problemCode: string): Indicator[] {
    return this.problemByCode.get(problemCode)?.indicators ?? [];
  }
}

export async function readCatalogue(db: DataSource): Promise<Catalogue> {
  const problems = await db
    .getRepository(HeadlineProblem)
    .createQueryBuilder('problem')
    .leftJoinAndSelect('problem.indicators', 'indicator')
    .orderBy('problem.position', 'ASC')
    .addOrderBy('indicator.position', 'ASC')
    .getMany();
  return new Catalogue(problems);
}
