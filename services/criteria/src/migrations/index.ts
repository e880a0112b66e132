import { CriteriaInitial1732400000000 } from './1732400000000-criteria-initial.ts';
import { AuditTrail1732400000001 } from './1732400000001-audit-trail.ts';

/** In the order they run; never edit one that has shipped, add another. */
export const migrations = [CriteriaInitial1732400000000, AuditTrail1732400000001];
