/** How long since the family was last seen, as a worker would say it. */
export function weeksInWords(weeks: number | null): string {
  if (weeks === null) return 'No contact noted';
  if (weeks === 0) return 'This week';
  return weeks === 1 ? '1 week' : `${weeks} weeks`;
}

/** Past this, a family is at risk of drifting: the programme expects contact at least this often. */
export const STALE_AFTER_WEEKS = 6;
