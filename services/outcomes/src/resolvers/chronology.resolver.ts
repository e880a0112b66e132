import type { Identity } from '@hearth/auth';
import { ChronologyEntry, excerpt, happenedAt } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { noteFor } from '../access/notes.ts';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';
import type { ProgressHistoryRow } from '../loaders/chronology.ts';

const STATUS_IN_WORDS: Record<ProgressHistoryRow['status'], string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  ACHIEVED: 'Achieved',
  SUSTAINED: 'Sustained',
};

/** Placed on the day the family reached the status, which the worker may record days later. */
function progressEvent(change: ProgressHistoryRow, identity: Identity): ChronologyEntry {
  const note = noteFor(identity, change.note);
  const inBrackets = note ? ` (${excerpt(note)})` : '';
  return Object.assign(new ChronologyEntry(), {
    at: happenedAt(change.effectiveOn, change.recordedAt),
    kind: 'PROGRESS_RECORDED',
    summary: `${STATUS_IN_WORDS[change.status]}: ${change.measureDescription}${inBrackets}`,
    source: 'outcomes',
  });
}

/** This subgraph's part of a family's chronology; the families subgraph merges it with the rest (@requires). */
@Resolver(() => Family)
export class FamilyChronologyResolver {
  @FieldResolver(() => [ChronologyEntry], { description: "Every change recorded to the family's progress against the Outcomes Plan, for its chronology, newest first" })
  async progressEvents(@Root() family: Family, @Ctx() ctx: Context): Promise<ChronologyEntry[]> {
    const history = await ctx.loaders.progressHistoryByFamily.load(family.id);
    // Newest first, and a fixed order for changes recorded at the same moment.
    return history.map((change) => progressEvent(change, ctx.identity)).sort((a, b) => b.at.getTime() - a.at.getTime() || a.summary.localeCompare(b.summary));
  }
}
