import { badInput } from '@hearth/subgraph-kit';
import type { FamilyStatus } from '@hearth/programme';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { Family, StatusChange } from '../entities/index.ts';
import { FamilyStatusEnum } from '../entities/family.entity.ts';
import { changeFamily, today } from '../family-changes.ts';
import { ChangeFamilyStatusInput } from '../inputs/lifecycle.inputs.ts';
import { allowedNextStatuses, canMove, NEEDS_LEAD_WORKER } from '../lifecycle.ts';

@Resolver(() => Family)
export class LifecycleResolver {
  @Mutation(() => Family, { description: 'Move the family along its lifecycle; an illegal step is refused' })
  async changeFamilyStatus(@Arg('input', () => ChangeFamilyStatusInput) input: ChangeFamilyStatusInput, @Ctx() ctx: Context): Promise<Family> {
    return changeFamily(
      ctx,
      { familyId: input.familyId, expectedVersion: input.expectedVersion, action: 'change a family’s status', fields: ['status'] },
      async (tx, family) => {
        if (!canMove(family.status, input.to)) {
          const allowed = allowedNextStatuses(family.status);
          throw badInput(
            `${family.reference} cannot move from ${family.status} to ${input.to}; from ${family.status} it can move to ${allowed.join(', ') || 'nothing (it is closed)'}`,
            { field: 'to', allowed },
          );
        }
        if (NEEDS_LEAD_WORKER.includes(input.to) && !family.leadWorkerId) {
          throw badInput(`${family.reference} needs a lead worker before it can be ${input.to.toLowerCase().replace('_', ' ')}`, { field: 'to' });
        }
        await tx.getRepository(Family).update({ id: family.id }, { status: input.to });
        await tx.getRepository(StatusChange).insert({
          familyId: family.id,
          fromStatus: family.status,
          toStatus: input.to,
          reason: input.reason.trim(),
          changedOn: input.effectiveOn ?? today(),
          changedBy: ctx.identity.sub,
        });
        return tx.getRepository(Family).findOneByOrFail({ id: family.id });
      },
    );
  }

  @FieldResolver(() => [FamilyStatusEnum], { description: 'The statuses the family may move to next' })
  allowedNextStatuses(@Root() family: Family): FamilyStatus[] {
    return allowedNextStatuses(family.status);
  }

  @FieldResolver(() => [StatusChange], { description: 'Every step of the lifecycle, newest first' })
  statusHistory(@Root() family: Family, @Ctx() ctx: Context): Promise<StatusChange[]> {
    return ctx.loaders.statusChangesByFamily.load(family.id);
  }
}
