import { PHASE_2_MINIMUM_PROBLEMS } from '@hearth/programme';
import type { Evidence } from './entities/index.ts';
import type { Eligibility } from './types/eligibility.type.ts';
import type { FamilyProblem } from './types/family-problem.type.ts';

/**
 * Groups a family's evidence by the headline problem it shows, problems in
 * catalogue order. Expects evidence newest first with its indicator and
 * problem joined, as the evidenceByFamily loader returns it; each group keeps
 * that order.
 */
export function problemsShownBy(evidence: Evidence[]): FamilyProblem[] {
  const byProblem = new Map<string, FamilyProblem>();
  for (const item of evidence) {
    const problem = item.indicator.problem;
    if (!problem) throw new Error(`Evidence ${item.id} was loaded without its headline problem`);
    const group = byProblem.get(problem.code) ?? { problem, evidence: [] };
    group.evidence.push(item);
    byProblem.set(problem.code, group);
  }
  return [...byProblem.values()].sort((a, b) => a.problem.position - b.problem.position);
}

export function eligibilityOf(problems: FamilyProblem[]): Eligibility {
  const phase2ProblemCount = problems.filter(({ problem }) => problem.phase === 'PHASE_2').length;
  return { phase2ProblemCount, eligible: phase2ProblemCount >= PHASE_2_MINIMUM_PROBLEMS };
}
