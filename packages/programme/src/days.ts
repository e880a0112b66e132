const londonDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Today as YYYY-MM-DD in the UK: the day a worker means by "today", whatever
 * the server's clock zone. In the first hour of a summer day UTC still says
 * yesterday, while the form the worker filled in already says today; every
 * part of Hearth that dates or checks a day uses this one.
 */
export function todayInUk(now: Date = new Date()): string {
  return londonDay.format(now);
}

/** "3 March 2026", as a worker reads a day (YYYY-MM-DD) in a message. */
export function dayInWords(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}
