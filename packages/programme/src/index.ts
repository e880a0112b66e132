export * from './headline-problems.ts';
export * from './intervention-models.ts';
export * from './outcomes-plan.ts';
export * from './family-lifecycle.ts';
export * from './days.ts';
