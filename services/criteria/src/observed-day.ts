import { todayInUk } from '@hearth/programme';

/**
 * Evidence is shown by the day it was observed (its UTC date, as Hearth
 * writes every date). Comparing that day with the UK's today, rather than
 * the instant with now, lets a worker record something seen today in the
 * first hour of a summer day, when midnight UTC is still to come.
 */
export function observedAfterToday(observedAt: Date, today: string = todayInUk()): boolean {
  return observedAt.toISOString().slice(0, 10) > today;
}
