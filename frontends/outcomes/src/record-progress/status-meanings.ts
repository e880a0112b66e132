import type { ProgressStatus } from '@hearth/client';

export const PROGRESS_STATUSES: ProgressStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'SUSTAINED'];

/**
 * Each status in the words a worker would use with the family, so the choice
 * is about where the family is, not about the programme's vocabulary. How
 * long "sustained" means depends on the measure.
 */
export function statusMeaning(status: ProgressStatus, sustainedForWeeks: number | undefined): string {
  const howLong = sustainedForWeeks ? `at least ${sustainedForWeeks} weeks` : 'as long as the measure asks';
  switch (status) {
    case 'NOT_STARTED':
      return 'Nothing has changed yet against this measure, or the family is back where it started';
    case 'IN_PROGRESS':
      return 'Things are getting better, but the family does not meet the measure yet';
    case 'ACHIEVED':
      return `The family meets the measure now, but has not yet kept it up for ${howLong}`;
    case 'SUSTAINED':
      return `The family has met the measure for ${howLong}: the progress a results claim can rest on`;
  }
}
