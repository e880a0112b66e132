import { ChronologyEntry } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';
import type { InterventionHistoryRow } from '../loaders/chronology.ts';

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
const event = (at: Date, kind: string, summary: string) => Object.assign(new ChronologyEntry(), { at, kind, summary, source: 'interventions' });

/**
 * An intervention's start, as precisely as it is known (recorded on the day
 * it started, the recording time; otherwise the day), and its end, if it has
 * ended. A planned one has not started: what happened is that it was
 * planned, dated when that was recorded, or by the planned start if that
 * has already passed (the plan was made by then at the latest).
 * Only the day of the end is known; it is never placed before the start.
 */
function interventionEvents(intervention: InterventionHistoryRow): ChronologyEntry[] {
  const { modelName, status, startedOn, endedOn, recordedAt } = intervention;
  const startAt = recordedAt.toISOString().slice(0, 10) === startedOn ? recordedAt : dayStart(startedOn);
  const started =
    status === 'PLANNED'
      ? event(new Date(Math.min(recordedAt.getTime(), startAt.getTime())), 'INTERVENTION_PLANNED', `${modelName} planned, to start on ${startedOn}`)
      : event(startAt, 'INTERVENTION_STARTED', `${modelName} started`);
  if (!endedOn) return [started];
  const endedAt = new Date(Math.max(dayStart(endedOn).getTime(), started.at.getTime()));
  return [event(endedAt, 'INTERVENTION_ENDED', `${modelName} ${status === 'WITHDRAWN' ? 'withdrawn' : 'completed'}`), started];
}

/** Newest first; an end shown above the start it shares a moment with, and otherwise a fixed order for the same moment. */
const newestFirst = (a: ChronologyEntry, b: ChronologyEntry) =>
  b.at.getTime() - a.at.getTime() || Number(b.kind === 'INTERVENTION_ENDED') - Number(a.kind === 'INTERVENTION_ENDED') || a.summary.localeCompare(b.summary);

/** This subgraph's part of a family's chronology; the families subgraph merges it with the rest (@requires). */
@Resolver(() => Family)
export class FamilyChronologyResolver {
  @FieldResolver(() => [ChronologyEntry], { description: 'Interventions started, planned and ended with the family, for its chronology, newest first' })
  async interventionEvents(@Root() family: Family, @Ctx() ctx: Context): Promise<ChronologyEntry[]> {
    const interventions = await ctx.loaders.interventionHistoryByFamily.load(family.id);
    return interventions.flatMap(interventionEvents).sort(newestFirst);
  }
}
