const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "3 March 2021": the GOV.UK style for dates, from an ISO date or date-time.
 * Anything less precise (an analyst sees only the year of birth) is shown as
 * it came, never padded out to a date nobody recorded.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(iso)) return iso;
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** Fields Hearth withholds from some callers (an address under a domestic abuse marker) arrive as null. */
export const WITHHELD = 'Withheld';

/** SCREAMING_SNAKE enum values as words a person reads: "PLAN_ACTIVE" → "Plan active". */
export function humanise(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone: 'Europe/London' });
const londonDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** "3 March 2026 at 2:15pm", in UK time: when something was done, for an audit trail. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = timeFormat.format(date).replace(/\s?([ap])\.?m\.?$/i, (_, half: string) => `${half.toLowerCase()}m`);
  return `${formatDate(londonDay.format(date))} at ${time}`;
}

export { todayInUk } from '@hearth/programme';
