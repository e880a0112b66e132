export { Evidence } from './evidence.entity.ts';
export { HeadlineProblem, PhaseEnum } from './headline-problem.entity.ts';
export { Indicator } from './indicator.entity.ts';
