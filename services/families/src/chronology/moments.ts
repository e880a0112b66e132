import { ChronologyEntry } from '@hearth/subgraph-kit';

/** The start (UTC) of a day written YYYY-MM-DD. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * When an event that happened on `day` and was recorded at `recordedAt`
 * happened, as precisely as Hearth knows: recorded the same day, the
 * recording time orders it among that day's events; recorded later (or
 * back-dated), only the day is known.
 */
export function happenedAt(day: string, recordedAt: Date): Date {
  return recordedAt.toISOString().slice(0, 10) === day ? recordedAt : dayStart(day);
}

export function entry(at: Date, kind: string, summary: string, source: string): ChronologyEntry {
  return Object.assign(new ChronologyEntry(), { at, kind, summary, source });
}

/** An event that ends something (…_ENDED) is newer than one that began it at the same moment: known only by the day, both share one. */
const endsSomething = (entry: ChronologyEntry) => (entry.kind.endsWith('_ENDED') ? 0 : 1);

/** Newest first; events at the same moment in a fixed order, so the chronology reads the same on every load. */
export function newestFirst(a: ChronologyEntry, b: ChronologyEntry): number {
  return (
    b.at.getTime() - a.at.getTime() ||
    endsSomething(a) - endsSomething(b) ||
    a.source.localeCompare(b.source) ||
    a.kind.localeCompare(b.kind) ||
    a.summary.localeCompare(b.summary)
  );
}

/** Free text cut to a length that reads as one line of a chronology. */
export function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** 'PLAN_ACTIVE' → 'plan active': the programme's words as a sentence uses them. */
export function words(code: string): string {
  return code.toLowerCase().replaceAll('_', ' ');
}
