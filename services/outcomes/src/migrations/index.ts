import { OutcomesInitial1732400000000 } from './1732400000000-outcomes-initial.ts';
import { ProgressEffectiveDay1732400000001 } from './1732400000001-progress-effective-day.ts';
import { AuditTrail1732400000002 } from './1732400000002-audit-trail.ts';

/** In the order they run; never edit one that has shipped, add another. */
export const migrations = [OutcomesInitial1732400000000, ProgressEffectiveDay1732400000001, AuditTrail1732400000002];
