const londonDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/**
 * Today as YYYY-MM-DD in the UK, the day a worker means by "today": in the
 * first hour of a summer day UTC still says yesterday, and the form the
 * worker filled in already said today.
 */
export function todayInUk(now: Date = new Date()): string {
  return londonDay.format(now);
}
