import { registerEnumType } from 'type-graphql';

export const INTERVENTION_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

/** An intervention is open while PLANNED or ACTIVE, and ended once COMPLETED or WITHDRAWN. */
export const OPEN_STATUSES: readonly InterventionStatus[] = ['PLANNED', 'ACTIVE'];
export const ENDED_STATUSES: readonly InterventionStatus[] = ['COMPLETED', 'WITHDRAWN'];

export const InterventionStatusEnum = Object.fromEntries(INTERVENTION_STATUSES.map((s) => [s, s])) as { [K in InterventionStatus]: K };
registerEnumType(InterventionStatusEnum, { name: 'InterventionStatus', description: 'Where an intervention with a family stands' });
