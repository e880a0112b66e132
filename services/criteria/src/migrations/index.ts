import { CriteriaInitial1732400000000 } from './1732400000000-criteria-initial.ts';

/** In the order they run; never edit one that has shipped, add another. */
export const migrations = [CriteriaInitial1732400000000];
