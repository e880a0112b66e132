import type { Phase } from '@hearth/client';

/** How the programme's own documents introduce each phase's criteria. */
export const PHASES: { phase: Phase; title: string; rule: string }[] = [
  {
    phase: 'PHASE_2',
    title: 'Phase 2 (2015 to 2020)',
    rule: 'A family is eligible with at least 2 of these 6 headline problems, identified by data matching or an agency nomination.',
  },
  {
    phase: 'PHASE_1',
    title: 'Phase 1 (2012 to 2015)',
    rule: 'A family was identified by 2 of these 3 national criteria, plus local discretion.',
  },
];
