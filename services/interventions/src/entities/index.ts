export { Agency } from './agency.ts';
export { Family } from './family.ts';
export { Intervention } from './intervention.entity.ts';
export { InterventionModel } from './intervention-model.entity.ts';
export { ENDED_STATUSES, INTERVENTION_STATUSES, InterventionStatusEnum, OPEN_STATUSES, type InterventionStatus } from './intervention-status.ts';
