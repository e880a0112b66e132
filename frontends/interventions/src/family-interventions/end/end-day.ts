import { formatDate, readDay, todayInUk, type DateParts, type DayAnswer } from '@hearth/ui';

/** The last day of the work: a day that has happened, and not before the intervention started. */
export function readEndDay(parts: DateParts, startedOn: string, today = todayInUk()): DayAnswer {
  const answer = readDay(parts, 'the day the intervention ended', { today });
  if (answer.day && answer.day < startedOn) return { problem: `Day the intervention ended must be on or after the day it started, ${formatDate(startedOn)}` };
  return answer;
}

/** The day planned work was called off: a day that has happened, which may be before the day it was planned to start. */
export function readWithdrawnDay(parts: DateParts, today = todayInUk()): DayAnswer {
  return readDay(parts, 'the day the intervention was called off', { today });
}
