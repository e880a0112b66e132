export * from './enums.ts';
export { Family } from './family.entity.ts';
export { OutcomeMeasure } from './outcome-measure.entity.ts';
export { OutcomeProgress } from './outcome-progress.entity.ts';
export { OutcomesPlan } from './outcomes-plan.entity.ts';
export { ProgressChange } from './progress-change.entity.ts';
export { Worker } from './worker.entity.ts';
