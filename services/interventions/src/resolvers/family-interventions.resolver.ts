import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family, Intervention } from '../entities/index.ts';

/** Reached only through a Family the families subgraph returned, so it has already decided the caller may see it. */
@Resolver(() => Family)
export class FamilyInterventionsResolver {
  @FieldResolver(() => [Intervention], { description: 'Interventions with this family, newest start first' })
  interventions(@Root() family: Family, @Ctx() ctx: Context): Promise<Intervention[]> {
    return ctx.loaders.interventionsByFamily.load(family.id);
  }
}
