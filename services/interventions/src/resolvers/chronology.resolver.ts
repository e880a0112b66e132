import { ChronologyEntry, dayStart, happenedAt } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';
import type { InterventionHistoryRow } from '../loaders/chronology.ts';

const event = (at: Date, kind: string, summary: string) => Object.assign(new ChronologyEntry(), { at, kind, summary, source: 'interventions' });

/**
 * An intervention's history, each as precisely as it is known:
 * - planned, if it was: dated when that was recorded, or by the planned start
 *   if that had already passed (the plan was made by then at the latest);
 * - started, if it began: on the day it actually began (recorded that day,
 *   the recording time), whatever day had been planned;
 * - ended, if it has: only the day is known, and it is never placed before
 *   what came before it. Planned work called off before it began was
 *   withdrawn before it started, whatever day it had been planned for.
 */
function interventionEvents(intervention: InterventionHistoryRow): ChronologyEntry[] {
  const { modelName, status, startedOn, plannedStartOn, endedOn, recordedAt, beganAt } = intervention;
  const events: ChronologyEntry[] = [];
  if (plannedStartOn !== null) {
    const plannedAt = new Date(Math.min(recordedAt.getTime(), happenedAt(plannedStartOn, recordedAt).getTime()));
    events.push(event(plannedAt, 'INTERVENTION_PLANNED', `${modelName} planned, to start on ${plannedStartOn}`));
  }
  if (beganAt !== null) events.push(event(happenedAt(startedOn, beganAt), 'INTERVENTION_STARTED', `${modelName} started`));
  if (!endedOn) return events;
  const latest = Math.max(...events.map((e) => e.at.getTime()));
  const endedAt = new Date(Math.max(dayStart(endedOn).getTime(), latest));
  const how = status === 'COMPLETED' ? 'completed' : beganAt === null ? 'withdrawn before it started' : 'withdrawn';
  return [event(endedAt, 'INTERVENTION_ENDED', `${modelName} ${how}`), ...events];
}

/** At the same moment, an end is shown above a start, and a start above a plan: the order they must have happened in. */
const KIND_ORDER: Record<string, number> = { INTERVENTION_ENDED: 2, INTERVENTION_STARTED: 1, INTERVENTION_PLANNED: 0 };

/** Newest first; at the same moment, later steps above earlier ones, and otherwise a fixed order. */
const newestFirst = (a: ChronologyEntry, b: ChronologyEntry) =>
  b.at.getTime() - a.at.getTime() || (KIND_ORDER[b.kind] ?? 0) - (KIND_ORDER[a.kind] ?? 0) || a.summary.localeCompare(b.summary);

/** This subgraph's part of a family's chronology; the families subgraph merges it with the rest (@requires). */
@Resolver(() => Family)
export class FamilyChronologyResolver {
  @FieldResolver(() => [ChronologyEntry], { description: 'Interventions started, planned and ended with the family, for its chronology, newest first' })
  async interventionEvents(@Root() family: Family, @Ctx() ctx: Context): Promise<ChronologyEntry[]> {
    const interventions = await ctx.loaders.interventionHistoryByFamily.load(family.id);
    return interventions.flatMap(interventionEvents).sort(newestFirst);
  }
}
