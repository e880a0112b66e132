import { ChronologyEntry } from '@hearth/subgraph-kit';


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

/** 'PLAN_ACTIVE' → 'plan active': the programme's words as a sentence uses them. */
export function words(code: string): string {
  return code.toLowerCase().replaceAll('_', ' ');
}
