import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { InterventionModel } from '../entities/index.ts';

@Resolver(() => InterventionModel)
export class InterventionModelResolver {
  @Query(() => [InterventionModel], { description: 'The six models of intervention, in the programme’s order' })
  interventionModels(@Ctx() ctx: Context): Promise<InterventionModel[]> {
    return ctx.db.getRepository(InterventionModel).find({ order: { number: 'ASC' } });
  }
}
