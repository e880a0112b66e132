import type { Role } from '@hearth/auth';
import { badInput, conflict, requireRole } from '@hearth/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { In, QueryFailedError } from 'typeorm';
import type { Context } from '../context.ts';
import { Agency, Area, Worker } from '../entities/index.ts';
import { AddAgencyInput, AddWorkerInput } from '../inputs/agencies.inputs.ts';

/** The directory is the partnership's shared record of who is who; only managers change it. */
const DIRECTORY_ROLES: Role[] = ['MANAGER'];
/** Roles whose families are found by area, so a worker in one of them without an area would see nothing. */
const AREA_ROLES: Role[] = ['LEAD_WORKER', 'COORDINATOR', 'MANAGER'];

const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === '23505';

@Resolver(() => Agency)
export class AgencyDirectoryResolver {
  @FieldResolver(() => [Worker], { description: "The agency's workers, by name" })
  workers(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Worker[]> {
    return ctx.loaders.workersByAgency.load(agency.id);
  }

  @Mutation(() => Agency, { description: 'Add a partner agency to the directory (managers only)' })
  async addAgency(@Arg('input', () => AddAgencyInput) input: AddAgencyInput, @Ctx() ctx: Context): Promise<Agency> {
    requireRole(ctx.identity, DIRECTORY_ROLES, 'add agencies to the directory');
    const name = input.name.trim();
    const repository = ctx.db.getRepository(Agency);
    const existing = await repository.createQueryBuilder('agency').where('lower(btrim(agency.name)) = lower(:name)', { name }).getOne();
    if (existing) throw conflict(`${existing.name} is already in the directory`);
    const agency = repository.create({ id: randomUUID(), name, type: input.type });
    try {
      await repository.insert(agency);
    } catch (error) {
      // Someone added the same agency between the check and the insert.
      if (isUniqueViolation(error)) throw conflict(`${name} is already in the directory`);
      throw error;
    }
    // Audited like any change: once engaged with a family, an agency's partners see it.
    ctx.audit?.record('CREATE', {}, ['agencies']);
    return agency;
  }

  @Mutation(() => Worker, { description: 'Add a practitioner to an agency in the directory (managers only)' })
  async addWorker(@Arg('input', () => AddWorkerInput) input: AddWorkerInput, @Ctx() ctx: Context): Promise<Worker> {
    requireRole(ctx.identity, DIRECTORY_ROLES, 'add workers to the directory');
    const areas = [...new Set(input.areas.map((area) => area.trim()))];
    if (AREA_ROLES.includes(input.role) && areas.length === 0) {
      throw badInput(`A ${input.role.toLowerCase().replace('_', ' ')} needs at least one area, or they would see no families`, { field: 'areas' });
    }
    if (!(await ctx.db.getRepository(Agency).existsBy({ id: input.agencyId }))) {
      throw badInput(`No agency with id ${input.agencyId}`, { field: 'agencyId' });
    }
    const known = new Set((await ctx.db.getRepository(Area).findBy({ name: In(areas) })).map((area) => area.name));
    const unknown = areas.filter((area) => !known.has(area));
    if (unknown.length > 0) throw badInput(`${unknown.join(', ')} ${unknown.length === 1 ? 'is not one' : 'are not'} of the council's areas`, { field: 'areas' });
    const worker = ctx.db.getRepository(Worker).create({
      id: randomUUID(),
      name: input.name.trim(),
      agencyId: input.agencyId,
      username: null,
      role: input.role,
      areas,
      caseloadLimit: input.caseloadLimit,
    });
    await ctx.db.getRepository(Worker).insert(worker);
    // Audited like any change: once allocated a family, a worker sees it.
    ctx.audit?.record('CREATE', { workerId: worker.id }, ['agency', 'role', 'areas', 'caseloadLimit']);
    return worker;
  }
}
