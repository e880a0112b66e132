import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Agency, Intervention, InterventionModel } from '../entities/index.ts';

@Resolver(() => Intervention)
export class InterventionResolver {
  @FieldResolver(() => InterventionModel)
  async model(@Root() intervention: Intervention, @Ctx() ctx: Context): Promise<InterventionModel> {
    const model = await ctx.loaders.modelByCode.load(intervention.modelCode);
    // The foreign key makes this impossible; if it happens the catalogue was tampered with.
    if (!model) throw new Error(`Intervention ${intervention.id} names unknown model ${intervention.modelCode}`);
    return model;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the work has begun: false while PLANNED, and for planned work WITHDRAWN before it began' })
  begun(@Root() intervention: Intervention): boolean {
    return intervention.beganAt !== null;
  }

  @FieldResolver(() => Agency, { description: 'The partner agency leading the intervention' })
  leadAgency(@Root() intervention: Intervention): Agency {
    return { id: intervention.leadAgencyId };
  }
}
