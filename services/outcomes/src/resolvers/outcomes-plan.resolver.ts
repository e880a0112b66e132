import { notFound } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { OutcomeMeasure, OutcomesPlan } from '../entities/index.ts';

@Resolver(() => OutcomesPlan)
export class OutcomesPlanResolver {
  @Query(() => OutcomesPlan, { description: 'The Outcomes Plan families are measured against, measures in plan order' })
  async outcomesPlan(@Ctx() ctx: Context): Promise<OutcomesPlan> {
    const plan = await ctx.db.getRepository(OutcomesPlan).findOneBy({ isDefault: true });
    // Reference data puts a default plan in place on every start, so this means the installation is broken.
    if (!plan) throw notFound('No default Outcomes Plan has been set up');
    return plan;
  }

  @FieldResolver(() => [OutcomeMeasure])
  measures(@Root() plan: OutcomesPlan, @Ctx() ctx: Context): Promise<OutcomeMeasure[]> {
    return ctx.loaders.measuresByPlan.load(plan.id);
  }
}
