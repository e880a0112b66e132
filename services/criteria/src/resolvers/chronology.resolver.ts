import { ChronologyEntry } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import type { Evidence } from '../entities/index.ts';
import { Family } from '../types/family.type.ts';

/** Evidence is dated by when it was seen, which is when it mattered to the family, not when someone typed it in. */
function evidenceEvent(evidence: Evidence): ChronologyEntry {
  const problem = evidence.indicator.problem?.title;
  return Object.assign(new ChronologyEntry(), {
    at: evidence.observedAt,
    kind: 'EVIDENCE_RECORDED',
    summary: `${problem ? `${problem}: ` : ''}${evidence.indicator.description} (from ${evidence.source})`,
    source: 'criteria',
  });
}

/** This subgraph's part of a family's chronology; the families subgraph merges it with the rest (@requires). */
@Resolver(() => Family)
export class FamilyChronologyResolver {
  @FieldResolver(() => [ChronologyEntry], { description: "Evidence recorded about the family, for its chronology, newest first" })
  async evidenceEvents(@Root() family: Family, @Ctx() ctx: Context): Promise<ChronologyEntry[]> {
    // The same statement that serves headlineProblems and eligibility, so asking for all three costs one.
    const evidence = await ctx.loaders.evidenceByFamily.load(family.id);
    // Newest first; the loader's order (latest recorded first) settles evidence seen at the same moment.
    return evidence.map(evidenceEvent).sort((a, b) => b.at.getTime() - a.at.getTime());
  }
}
