import { isEmptyDate, readDay, todayInUk, toIsoDate, type DateParts, type DayAnswer } from '@hearth/ui';

const EXAMPLE = 'for example 27 3 2026';

/**
 * The day an intervention started, which has happened; or, for one only
 * planned, the day it is to start, which may be still to come. Work that
 * starts later is planned, so the worker is told how to record it.
 */
export function readStartDay(parts: DateParts, planned: boolean, today = todayInUk()): DayAnswer {
  if (planned) {
    if (isEmptyDate(parts)) return { problem: 'Enter the day the intervention is planned to start' };
    const day = toIsoDate(parts);
    return day ? { day } : { problem: `Day the intervention is planned to start must be a real date, ${EXAMPLE}` };
  }
  const day = toIsoDate(parts);
  if (day && day > today) return { problem: 'Day the intervention started must be today or in the past. If it has not started yet, say it is planned' };
  return readDay(parts, 'the day the intervention started', { today });
}
