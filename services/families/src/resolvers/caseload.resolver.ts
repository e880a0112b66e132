import type { Role } from '@hearth/auth';
import type { FamilyStatus } from '@hearth/programme';
import { badInput, forbidden, isUuid, notFound, parseId, requireRole } from '@hearth/subgraph-kit';
import { Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Allocation, Family, Worker } from '../entities/index.ts';
import { FamilyStatusEnum } from '../entities/family.entity.ts';
import { ALLOCATING_ROLES, today } from '../family-changes.ts';
import { SetCaseloadLimitArgs } from '../inputs/caseload.inputs.ts';
import { allowedNextStatuses } from '../lifecycle.ts';

/** Whole weeks from a contact day to today (both YYYY-MM-DD); null when there has been no contact. */
export function weeksSince(day: string | null, asOf: string = today()): number | null {
  if (!day) return null;
  const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return Math.floor(days / 7);
}

/** The family first that has gone longest without contact; one never contacted comes before all. */
export function longestWithoutContactFirst<T extends { lastContactOn: string | null; family: Family }>(a: T, b: T): number {
  if (a.lastContactOn !== b.lastContactOn) {
    if (a.lastContactOn === null) return -1;
    if (b.lastContactOn === null) return 1;
    return a.lastContactOn < b.lastContactOn ? -1 : 1;
  }
  return a.family.reference.localeCompare(b.family.reference);
}

@ObjectType({ description: "A family on the lead worker's caseload, with how long since they were last in contact" })
export class CaseloadEntry {
  @Field(() => Family)
  family: Family;

  @Field(() => String, { nullable: true, description: 'The day of the newest contact noted (YYYY-MM-DD); null when there has been none' })
  lastContactOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Whole weeks since that contact; null when there has been none' })
  weeksSinceContact: number | null;

  @Field(() => [FamilyStatusEnum], { description: 'The statuses the family may move to next' })
  nextSteps: FamilyStatus[];
}

@Resolver(() => Family)
export class FamilyLeadWorkerHistoryResolver {
  @FieldResolver(() => [Allocation], { description: 'Every lead worker the family has had: the current one first, then the most recent' })
  leadWorkerHistory(@Root() family: Family, @Ctx() ctx: Context): Promise<Allocation[]> {
    return ctx.loaders.leadWorkerHistoryByFamily.load(family.id);
  }
}

@Resolver(() => Allocation)
export class AllocationResolver {
  @FieldResolver(() => Worker, { description: 'The lead worker of this spell' })
  async worker(@Root() allocation: Allocation, @Ctx() ctx: Context): Promise<Worker> {
    const worker = await ctx.loaders.workerById.load(allocation.workerId);
    // The foreign key makes this impossible; if it happens the data is broken, not the caller's request.
    if (!worker) throw new Error(`allocation ${allocation.id} names a worker (${allocation.workerId}) that does not exist`);
    return worker;
  }
}

/**
 * Who may see how many families a worker leads. Not partners: only the families their agency works
 * with under consent exist for them, so a count that takes in the others tells them what they may not know.
 */
const CASELOAD_COUNT_ROLES: Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER', 'ANALYST'];

@Resolver(() => Worker)
export class WorkerCaseloadResolver {
  @FieldResolver(() => [Family], { description: 'The open families the worker leads now, of those you may see, by reference' })
  caseload(@Root() worker: Worker, @Ctx() ctx: Context): Promise<Family[]> {
    return ctx.loaders.caseloadByWorker.load(worker.id);
  }

  @FieldResolver(() => Int, { description: 'How many open families the worker leads now (all of them, including any you may not see)' })
  caseloadCount(@Root() worker: Worker, @Ctx() ctx: Context): Promise<number> {
    requireRole(ctx.identity, CASELOAD_COUNT_ROLES, 'see how many families a worker leads');
    return ctx.loaders.caseloadCountByWorker.load(worker.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the worker leads more open families than their caseload limit' })
  async overLimit(@Root() worker: Worker, @Ctx() ctx: Context): Promise<boolean> {
    requireRole(ctx.identity, CASELOAD_COUNT_ROLES, 'see how many families a worker leads');
    return (await ctx.loaders.caseloadCountByWorker.load(worker.id)) > worker.caseloadLimit;
  }

  @Query(() => [CaseloadEntry], { description: 'The families you lead, the one gone longest without contact first' })
  async myCaseload(@Ctx() ctx: Context): Promise<CaseloadEntry[]> {
    requireRole(ctx.identity, ['LEAD_WORKER'], 'have a caseload');
    // A sign-in whose id is not a worker's cannot lead a family.
    if (!isUuid(ctx.identity.sub)) return [];
    const families = await ctx.loaders.caseloadByWorker.load(ctx.identity.sub.toLowerCase());
    for (const family of families) ctx.loaders.familyById.prime(family.id, family);
    const lastContacts = await ctx.loaders.lastContactByFamily.loadMany(families.map((family) => family.id));
    const asOf = today();
    return families
      .map((family, i) => {
        const lastContactOn = lastContacts[i];
        if (lastContactOn instanceof Error) throw lastContactOn;
        return { family, lastContactOn: lastContactOn ?? null, weeksSinceContact: weeksSince(lastContactOn ?? null, asOf), nextSteps: allowedNextStatuses(family.status) };
      })
      .sort(longestWithoutContactFirst);
  }

  @Mutation(() => Worker, { description: 'Set how many families a lead worker in one of your areas may lead at once' })
  async setCaseloadLimit(@Args(() => SetCaseloadLimitArgs) args: SetCaseloadLimitArgs, @Ctx() ctx: Context): Promise<Worker> {
    requireRole(ctx.identity, ALLOCATING_ROLES, 'set caseload limits');
    const workerId = parseId(args.workerId, 'worker');
    const workers = ctx.db.getRepository(Worker);
    const worker = await workers.findOneBy({ id: workerId });
    if (!worker) throw notFound(`No worker with id ${args.workerId}`);
    if (worker.role !== 'LEAD_WORKER') throw badInput(`${worker.name} is not a lead worker, so has no caseload limit`, { field: 'workerId' });
    if (!worker.areas.some((area) => ctx.identity.areas.includes(area))) {
      throw forbidden(
        `${worker.name} works in ${worker.areas.join(', ') || 'no area'}, none of which is yours (${ctx.identity.areas.join(', ') || 'none'}); a co-ordinator or manager there sets their limit`,
      );
    }
    await workers.update({ id: worker.id }, { caseloadLimit: args.limit });
    ctx.audit?.record('UPDATE', { workerId: worker.id }, ['caseloadLimit']);
    ctx.loaders.workerById.clear(worker.id);
    return workers.findOneByOrFail({ id: worker.id });
  }
}
