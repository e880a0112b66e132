import { InterventionsInitial1732400000000 } from './1732400000000-interventions-initial.ts';
import { PlannedWork1732400000001 } from './1732400000001-planned-work.ts';
import { AuditTrail1732400000002 } from './1732400000002-audit-trail.ts';

/** In the order they run; never edit one that has shipped, add another. */
export const migrations = [InterventionsInitial1732400000000, PlannedWork1732400000001, AuditTrail1732400000002];
