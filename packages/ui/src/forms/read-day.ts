import { todayInUk } from '../format.ts';
import { isEmptyDate, toIsoDate, type DateParts } from './DateInput.tsx';

export type DayAnswer = { day: string | null; problem?: undefined } | { day?: undefined; problem: string };

/**
 * A day typed into the three date boxes, checked the GOV.UK way: a real date,
 * and for things that have happened, not a day still to come. Left empty, an
 * optional day is null (the server takes today).
 */
export function readDay(parts: DateParts, what: string, { optional = false, today = todayInUk() }: { optional?: boolean; today?: string } = {}): DayAnswer {
  if (isEmptyDate(parts)) return optional ? { day: null } : { problem: `Enter ${what}` };
  const day = toIsoDate(parts);
  if (!day) return { problem: `${capitalise(what)} must be a real date, for example 27 3 2026` };
  if (day > today) return { problem: `${capitalise(what)} must be today or in the past` };
  return { day };
}

function capitalise(text: string): string {
  const words = text.replace(/^the /, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
