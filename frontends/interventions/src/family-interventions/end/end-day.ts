import { formatDate, readDay, todayInUk, type DateParts, type DayAnswer } from '@hearth/ui';

/** The last day of the work: a day that has happened, and not before the intervention started. */
export function readEndDay(parts: DateParts, startedOn: string, today = todayInUk()): DayAnswer {
  const answer = readDay(parts, 'the day the intervention ended', { today });
  if (answer.day && answer.day < startedOn) return { problem: `Day the intervention ended must be on or after the day it started, ${formatDate(startedOn)}` };
  return answer;
}

/** Work planned to start on a day still to come has nothing to end yet: no day is both after its start and not in the future. */
export const startsLater = (startedOn: string, today = todayInUk()) => startedOn > today;
