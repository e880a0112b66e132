export * from './agencies.ts';
export * from './areas.ts';
export * from './families.ts';
export * from './ids.ts';
export * from './users.ts';
export * from './casework.ts';
