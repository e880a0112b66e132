import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChronologyEntry } from '@hearth/subgraph-kit';
import { newestFirst } from '../chronology/moments.ts';
import { requiredEvents, type FamilyWithEvents } from '../chronology/required-events.ts';
import type { Context } from '../context.ts';
import { Family } from '../entities/index.ts';

const REQUIRES = '@requires(fields: "evidenceEvents { at kind summary source } interventionEvents { at kind summary source } progressEvents { at kind summary source }")';

/**
 * The family's chronology, assembled the federated way: criteria,
 * interventions and outcomes each publish their own events on Family, the
 * gateway fetches those first (@requires) and hands them here, where they
 * are merged with this subgraph's own events. The three fields below are
 * theirs (@external); they are declared here only so `chronology` can ask for them.
 */
@Resolver(() => Family)
export class ChronologyResolver {
  @Directive('@external')
  @FieldResolver(() => [ChronologyEntry], { description: 'Evidence recorded about the family, for its chronology, newest first' })
  evidenceEvents(@Root() family: FamilyWithEvents): ChronologyEntry[] {
    return requiredEvents(family, 'evidenceEvents');
  }

  @Directive('@external')
  @FieldResolver(() => [ChronologyEntry], { description: 'Interventions started, planned and ended with the family, for its chronology, newest first' })
  interventionEvents(@Root() family: FamilyWithEvents): ChronologyEntry[] {
    return requiredEvents(family, 'interventionEvents');
  }

  @Directive('@external')
  @FieldResolver(() => [ChronologyEntry], { description: "Every change recorded to the family's progress against the Outcomes Plan, for its chronology, newest first" })
  progressEvents(@Root() family: FamilyWithEvents): ChronologyEntry[] {
    return requiredEvents(family, 'progressEvents');
  }

  @Directive(REQUIRES)
  @FieldResolver(() => [ChronologyEntry], {
    description:
      'Everything that has happened with the family, newest first: its lifecycle, lead workers, case notes (for those who may read them), agencies, consent and nomination, with evidence, interventions and progress from the other parts of Hearth',
  })
  async chronology(@Root() family: FamilyWithEvents, @Ctx() ctx: Context): Promise<ChronologyEntry[]> {
    const others = [requiredEvents(family, 'evidenceEvents'), requiredEvents(family, 'interventionEvents'), requiredEvents(family, 'progressEvents')];
    const own = await ctx.loaders.ownEventsByFamily.load(family.id);
    return [...own, ...others.flat()].sort(newestFirst);
  }
}
