import { badInput, forbidden, requireRole } from '@hearth/subgraph-kit';
import { Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Area, Family, Worker } from '../entities/index.ts';
import { ALLOCATING_ROLES, today } from '../family-changes.ts';
import { CaseloadOversightArgs } from '../inputs/caseload.inputs.ts';
import { familiesWithoutContactSince } from '../loaders/caseload.ts';
import { longestWithoutContactFirst, weeksSince } from './caseload.resolver.ts';

@ObjectType({ description: "A lead worker's caseload against their limit" })
export class WorkerCaseload {
  @Field(() => Worker)
  worker: Worker;

  @Field(() => Int, { description: 'How many open families the worker leads now, in any area' })
  caseloadCount: number;

  @Field(() => Int)
  caseloadLimit: number;

  @Field(() => Boolean, { description: 'Leads more open families than the limit' })
  overLimit: boolean;
}

@ObjectType({ description: 'An allocated family with no contact noted for too long' })
export class StaleFamily {
  @Field(() => Family)
  family: Family;

  @Field(() => String, { nullable: true, description: 'The day of the newest contact noted; null when there has been none' })
  lastContactOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole weeks since that contact; null when there has been none' })
  weeksSinceContact: number | null;
}

@ObjectType({ description: "A co-ordinator's view of one area: who is waiting, who is stretched, who has gone quiet" })
export class CaseloadOversight {
  @Field(() => String)
  area: string;

  staleAfterWeeks: number;
}

@Resolver(() => CaseloadOversight)
export class OversightResolver {
  @Query(() => CaseloadOversight, { description: 'Caseloads in one of your areas, for co-ordinators and managers' })
  async caseloadOversight(@Args(() => CaseloadOversightArgs) args: CaseloadOversightArgs, @Ctx() ctx: Context): Promise<CaseloadOversight> {
    requireRole(ctx.identity, ALLOCATING_ROLES, 'oversee caseloads');
    const area = args.area.trim();
    if (!(await ctx.db.getRepository(Area).existsBy({ name: area }))) throw badInput(`${area} is not one of the council's areas`, { field: 'area' });
    if (!ctx.identity.areas.includes(area)) {
      throw forbidden(`${area} is not one of your areas (${ctx.identity.areas.join(', ') || 'none'}); its co-ordinators and managers oversee its caseloads`);
    }
    return Object.assign(new CaseloadOversight(), { area, staleAfterWeeks: args.staleAfterWeeks });
  }

  @FieldResolver(() => [Family], { description: 'Identified or eligible families with no lead worker yet, the longest waiting first' })
  unallocated(@Root() oversight: CaseloadOversight, @Ctx() ctx: Context): Promise<Family[]> {
    return ctx.loaders.awaitingAllocationByArea.load(oversight.area);
  }

  @FieldResolver(() => [WorkerCaseload], { description: 'Every lead worker working in the area: those over their limit first (the furthest over first), then by name' })
  workers(@Root() oversight: CaseloadOversight, @Ctx() ctx: Context): Promise<WorkerCaseload[]> {
    return workerCaseloads(ctx, oversight.area);
  }

  @FieldResolver(() => [WorkerCaseload], { description: 'The lead workers in the area over their limit, the furthest over first' })
  async overLimit(@Root() oversight: CaseloadOversight, @Ctx() ctx: Context): Promise<WorkerCaseload[]> {
    return (await workerCaseloads(ctx, oversight.area)).filter((caseload) => caseload.overLimit);
  }

  @FieldResolver(() => [StaleFamily], { description: 'Allocated open families with no contact noted for staleAfterWeeks or more (or none ever), the stalest first' })
  async stale(@Root() oversight: CaseloadOversight, @Ctx() ctx: Context): Promise<StaleFamily[]> {
    const asOf = today();
    const since = new Date(Date.parse(`${asOf}T00:00:00Z`) - oversight.staleAfterWeeks * 7 * 86_400_000).toISOString().slice(0, 10);
    const families = await familiesWithoutContactSince(ctx.db, ctx.identity, oversight.area, since);
    for (const family of families) ctx.loaders.familyById.prime(family.id, family);
    const lastContacts = await ctx.loaders.lastContactByFamily.loadMany(families.map((family) => family.id));
    return families
      .map((family, i) => {
        const lastContactOn = lastContacts[i];
        if (lastContactOn instanceof Error) throw lastContactOn;
        return { family, lastContactOn: lastContactOn ?? null, weeksSinceContact: weeksSince(lastContactOn ?? null, asOf) };
      })
      .sort(longestWithoutContactFirst);
  }
}

/** Both lists of lead workers come from the same two statements (the workers, then all their counts), however many ask. */
async function workerCaseloads(ctx: Context, area: string): Promise<WorkerCaseload[]> {
  const workers = await ctx.loaders.leadWorkersByArea.load(area);
  const counts = await ctx.loaders.caseloadCountByWorker.loadMany(workers.map((worker) => worker.id));
  const caseloads = workers.map((worker, i) => {
    const caseloadCount = counts[i];
    if (caseloadCount instanceof Error) throw caseloadCount;
    return { worker, caseloadCount: caseloadCount!, caseloadLimit: worker.caseloadLimit, overLimit: caseloadCount! > worker.caseloadLimit };
  });
  const overBy = (caseload: WorkerCaseload) => Math.max(caseload.caseloadCount - caseload.caseloadLimit, 0);
  // Sorted afresh from the loader's by-name order, so the stable sort keeps names in order within each group.
  return caseloads.sort((a, b) => overBy(b) - overBy(a));
}
