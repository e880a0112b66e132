import type { FamilyProgressQuery } from '@hearth/client';

export type Progress = NonNullable<FamilyProgressQuery['family']>['outcomeProgress'][number];
export type ProgressChange = Progress['history'][number];
export type HeadlineProblem = FamilyProgressQuery['headlineProblems'][number];
