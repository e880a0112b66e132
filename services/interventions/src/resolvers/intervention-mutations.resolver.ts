import { badInput, conflict, HearthError, notFound, parseId } from '@hearth/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireMayRecordInterventions, requireOwnAgencyIfPartner } from '../access/intervention-access.ts';
import type { Context } from '../context.ts';
import { ENDED_STATUSES, Intervention, InterventionModel } from '../entities/index.ts';
import { EndInterventionArgs, StartInterventionInput } from '../inputs/intervention.inputs.ts';
import { todayInUk } from '../today.ts';

@Resolver()
export class InterventionMutationsResolver {
  @Mutation(() => Intervention, { description: 'Record an intervention a partner agency is starting (or planning) with a family' })
  async startIntervention(
    @Arg('input', () => StartInterventionInput) input: StartInterventionInput,
    @Ctx() ctx: Context,
  ): Promise<Intervention> {
    requireMayRecordInterventions(ctx.identity, 'start interventions');
    const familyId = parseId(input.familyId, 'family');
    const leadAgencyId = parseId(input.leadAgencyId, 'agency');
    requireOwnAgencyIfPartner(ctx.identity, leadAgencyId, 'start interventions');
    const status = input.status ?? 'ACTIVE';
    // Work that has not begun yet is planned; only a PLANNED intervention may start on a day still to come.
    if (status === 'ACTIVE' && input.startedOn > todayInUk()) {
      throw badInput(`startedOn ${input.startedOn} is in the future: an intervention starting later is PLANNED, not ACTIVE`, { field: 'startedOn' });
    }
    // Only the families subgraph knows whether this caller may see the family (or whether it exists at all).
    await ctx.families.assertVisible(familyId);
    return ctx.db.transaction(async (tx) => {
      if (!(await tx.getRepository(InterventionModel).existsBy({ code: input.modelCode }))) {
        throw badInput(`No intervention model with code ${input.modelCode}`, { field: 'modelCode' });
      }
      const { identifiers } = await tx.getRepository(Intervention).insert({
        familyId,
        modelCode: input.modelCode,
        status,
        startedOn: input.startedOn,
        endedOn: null,
        leadAgencyId,
        recordedBy: ctx.identity.sub,
      });
      return tx.getRepository(Intervention).findOneByOrFail({ id: identifiers[0]!.id as string });
    });
  }

  @Mutation(() => Intervention, { description: 'Close an intervention as COMPLETED or WITHDRAWN' })
  async endIntervention(@Args(() => EndInterventionArgs) args: EndInterventionArgs, @Ctx() ctx: Context): Promise<Intervention> {
    requireMayRecordInterventions(ctx.identity, 'end interventions');
    const id = parseId(args.id, 'intervention');
    if (args.endedOn > todayInUk()) throw badInput(`endedOn ${args.endedOn} is in the future: an intervention is ended once it has ended`, { field: 'endedOn' });
    const unknown = () => notFound(`No intervention with id ${args.id}`);
    // An intervention never moves to another family, so its family is checked before the row is locked:
    // no lock is held while the families subgraph answers.
    const found = await ctx.db.getRepository(Intervention).findOne({ select: { id: true, familyId: true }, where: { id } });
    if (!found) throw unknown();
    await ctx.families.assertVisible(found.familyId).catch((error: unknown) => {
      // The work of a family the caller cannot see must look like no work at all, not reveal that the family exists.
      throw error instanceof HearthError && error.extensions.code === 'NOT_FOUND' ? unknown() : error;
    });
    return ctx.db.transaction(async (tx) => {
      const interventions = tx.getRepository(Intervention);
      // Locked so two people ending it at once cannot both succeed.
      const intervention = await interventions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!intervention) throw unknown();
      requireOwnAgencyIfPartner(ctx.identity, intervention.leadAgencyId, 'end interventions');
      if (ENDED_STATUSES.includes(intervention.status)) {
        throw conflict(`Intervention ${id} has already ended (${intervention.status}${intervention.endedOn ? ` on ${intervention.endedOn}` : ''})`);
      }
      if (args.endedOn < intervention.startedOn) {
        throw badInput(`endedOn ${args.endedOn} is before the intervention started (${intervention.startedOn})`, { field: 'endedOn' });
      }
      await interventions.update({ id }, { status: args.status, endedOn: args.endedOn });
      return interventions.findOneByOrFail({ id });
    });
  }
}
