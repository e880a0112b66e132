import { notFound } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Agency, Area, Worker } from '../entities/index.ts';
import { AgencyTypeEnum } from '../entities/agency.entity.ts';
import type { AgencyType } from '@hearth/programme';

@Resolver(() => Worker)
export class WorkerResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() worker: Worker, @Ctx() ctx: Context): Promise<Agency> {
    const agency = await ctx.loaders.agencyById.load(worker.agencyId);
    if (!agency) throw notFound(`Worker ${worker.id} belongs to an agency that no longer exists`);
    return agency;
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'The directory of partner agencies, optionally of one type' })
  agencies(@Arg('type', () => AgencyTypeEnum, { nullable: true }) type: AgencyType | null, @Ctx() ctx: Context): Promise<Agency[]> {
    return ctx.db.getRepository(Agency).find({ where: type ? { type } : {}, order: { name: 'ASC' } });
  }

  @Query(() => [Area], { description: "The council's areas" })
  areas(@Ctx() ctx: Context): Promise<Area[]> {
    return ctx.db.getRepository(Area).find({ order: { name: 'ASC' } });
  }

  @Query(() => [Worker], { description: 'Workers who can lead a family, optionally of one agency' })
  leadWorkers(@Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null, @Ctx() ctx: Context): Promise<Worker[]> {
    return ctx.db.getRepository(Worker).find({
      where: { role: 'LEAD_WORKER', ...(agencyId ? { agencyId } : {}) },
      order: { name: 'ASC' },
    });
  }
}
