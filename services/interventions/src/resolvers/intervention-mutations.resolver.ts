import { badInput, conflict, HearthError, notFound, parseId } from '@hearth/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireMayRecordInterventions, requireOwnAgencyIfPartner } from '../access/intervention-access.ts';
import type { Context } from '../context.ts';
import { ENDED_STATUSES, Intervention, InterventionModel } from '../entities/index.ts';
import { BeginInterventionArgs, EndInterventionArgs, StartInterventionInput } from '../inputs/intervention.inputs.ts';
import { todayInUk } from '@hearth/programme';

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
    await ctx.families.assertVisible(familyId, ['interventions']);
    const started = await ctx.db.transaction(async (tx) => {
      if (!(await tx.getRepository(InterventionModel).existsBy({ code: input.modelCode }))) {
        throw badInput(`No intervention model with code ${input.modelCode}`, { field: 'modelCode' });
      }
      const { identifiers } = await tx.getRepository(Intervention).insert({
        familyId,
        modelCode: input.modelCode,
        status,
        startedOn: input.startedOn,
        plannedStartOn: status === 'PLANNED' ? input.startedOn : null,
        // Work recorded as under way began as far as Hearth knows when it was recorded.
        beganAt: status === 'PLANNED' ? null : () => 'now()',
        endedOn: null,
        leadAgencyId,
        recordedBy: ctx.identity.sub,
      });
      return tx.getRepository(Intervention).findOneByOrFail({ id: identifiers[0]!.id as string });
    });
    ctx.audit?.record('CREATE', { familyId }, ['interventions']);
    return started;
  }

  @Mutation(() => Intervention, {
    description: 'Mark a PLANNED intervention as begun (ACTIVE) on the day the work actually began, which may differ from the day planned',
  })
  async beginIntervention(@Args(() => BeginInterventionArgs) args: BeginInterventionArgs, @Ctx() ctx: Context): Promise<Intervention> {
    requireMayRecordInterventions(ctx.identity, 'mark interventions as started');
    const id = parseId(args.id, 'intervention');
    if (args.startedOn > todayInUk()) {
      throw badInput(`startedOn ${args.startedOn} is in the future: mark planned work as started once it has begun`, { field: 'startedOn' });
    }
    const familyId = await assertFamilyVisible(ctx, id, args.id, BEGIN_FIELDS);
    const begun = await ctx.db.transaction(async (tx) => {
      const interventions = tx.getRepository(Intervention);
      // Locked so two people marking it as started at once (or one starting it while another ends it) cannot both succeed.
      const intervention = await interventions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!intervention) throw unknownIntervention(args.id);
      requireOwnAgencyIfPartner(ctx.identity, intervention.leadAgencyId, 'mark interventions as started');
      if (intervention.status !== 'PLANNED') {
        throw conflict(`Intervention ${id} is no longer planned (${describeStatus(intervention)}), so it cannot be marked as started`);
      }
      // The planned day stays in planned_start_on; started_on becomes the day the work began.
      await interventions.update({ id }, { status: 'ACTIVE', startedOn: args.startedOn, beganAt: () => 'now()' });
      return interventions.findOneByOrFail({ id });
    });
    ctx.audit?.record('UPDATE', { familyId }, BEGIN_FIELDS);
    return begun;
  }

  @Mutation(() => Intervention, {
    description:
      'Close an intervention as COMPLETED or WITHDRAWN. Planned work that has not begun can only be WITHDRAWN, on the day it was called off, even before its planned start',
  })
  async endIntervention(@Args(() => EndInterventionArgs) args: EndInterventionArgs, @Ctx() ctx: Context): Promise<Intervention> {
    requireMayRecordInterventions(ctx.identity, 'end interventions');
    const id = parseId(args.id, 'intervention');
    if (args.endedOn > todayInUk()) throw badInput(`endedOn ${args.endedOn} is in the future: an intervention is ended once it has ended`, { field: 'endedOn' });
    const familyId = await assertFamilyVisible(ctx, id, args.id, END_FIELDS);
    const ended = await ctx.db.transaction(async (tx) => {
      const interventions = tx.getRepository(Intervention);
      // Locked so two people ending it at once cannot both succeed.
      const intervention = await interventions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!intervention) throw unknownIntervention(args.id);
      requireOwnAgencyIfPartner(ctx.identity, intervention.leadAgencyId, 'end interventions');
      if (ENDED_STATUSES.includes(intervention.status)) {
        throw conflict(`Intervention ${id} has already ended (${describeStatus(intervention)})`);
      }
      if (intervention.status === 'PLANNED') {
        // Nothing was delivered, so nothing was completed; it was called off, on whatever day that was.
        if (args.status !== 'WITHDRAWN') {
          throw badInput(`Intervention ${id} has not started, so it cannot be ${args.status}: mark it as started first, or withdraw it`, { field: 'status' });
        }
      } else if (args.endedOn < intervention.startedOn) {
        throw badInput(`endedOn ${args.endedOn} is before the intervention started (${intervention.startedOn})`, { field: 'endedOn' });
      }
      await interventions.update({ id }, { status: args.status, endedOn: args.endedOn });
      return interventions.findOneByOrFail({ id });
    });
    ctx.audit?.record('UPDATE', { familyId }, END_FIELDS);
    return ended;
  }
}

const unknownIntervention = (id: string) => notFound(`No intervention with id ${id}`);

/** The parts of the family's record (its interventions) that marking work as started and ending it change, as audited. */
const BEGIN_FIELDS = ['interventions.status', 'interventions.startedOn'];
const END_FIELDS = ['interventions.status', 'interventions.endedOn'];

const describeStatus = (intervention: Intervention) => `${intervention.status}${intervention.endedOn ? ` on ${intervention.endedOn}` : ''}`;

/**
 * The work of a family the caller cannot see must look like no work at all, not reveal that the family exists.
 * Answers the family whose work it is.
 * An intervention never moves to another family, so its family is checked before the row is locked:
 * no lock is held while the families subgraph answers.
 */
async function assertFamilyVisible(ctx: Context, id: string, asGiven: string, fields: string[]): Promise<string> {
  const found = await ctx.db.getRepository(Intervention).findOne({ select: { id: true, familyId: true }, where: { id } });
  if (!found) throw unknownIntervention(asGiven);
  // A refusal is audited as DENIED against the family, though the caller is told only that there is no such work.
  await ctx.families.assertVisible(found.familyId, fields).catch((error: unknown) => {
    throw error instanceof HearthError && error.extensions.code === 'NOT_FOUND' ? unknownIntervention(asGiven) : error;
  });
  return found.familyId;
}
