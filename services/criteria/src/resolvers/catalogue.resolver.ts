import type { Phase } from '@hearth/programme';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { HeadlineProblem, Indicator, PhaseEnum } from '../entities/index.ts';

@Resolver(() => HeadlineProblem)
export class CatalogueResolver {
  @Query(() => [HeadlineProblem], { description: 'The headline problems of one phase, or of both, in catalogue order' })
  async headlineProblems(
    @Arg('phase', () => PhaseEnum, { nullable: true }) phase: Phase | null,
    @Ctx() ctx: Context,
  ): Promise<HeadlineProblem[]> {
    return (await ctx.loaders.catalogue()).inPhase(phase);
  }

  // A problem reached through a family's evidence arrives without its indicators; the catalogue has them all.
  @FieldResolver(() => [Indicator])
  async indicators(@Root() problem: HeadlineProblem, @Ctx() ctx: Context): Promise<Indicator[]> {
    return (await ctx.loaders.catalogue()).indicatorsOf(problem.code);
  }
}
