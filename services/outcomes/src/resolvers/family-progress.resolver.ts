import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family, OutcomeProgress } from '../entities/index.ts';

@Resolver(() => Family)
export class FamilyProgressResolver {
  @FieldResolver(() => [OutcomeProgress], { description: "The family's progress against the Outcomes Plan, in plan order" })
  outcomeProgress(@Root() family: Family, @Ctx() ctx: Context): Promise<OutcomeProgress[]> {
    return ctx.loaders.progressByFamily.load(family.id);
  }
}
