import { isUuid } from '@hearth/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { noteFor } from '../access/notes.ts';
import type { Context } from '../context.ts';
import { ProgressChange, Worker } from '../entities/index.ts';

@Resolver(() => ProgressChange)
export class ProgressChangeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The evidence or note given with the change; withheld (null) from analysts' })
  note(@Root() change: ProgressChange, @Ctx() ctx: Context): string | null {
    return noteFor(ctx.identity, change.note);
  }

  /**
   * Changes are signed with the caller's worker id; the families subgraph,
   * which keeps the worker directory, gives the name. A change not made by a
   * worker (the demo seed) has no one to point to.
   */
  @FieldResolver(() => Worker, { nullable: true, description: 'The worker who recorded it; null when it was not recorded by a worker in the directory' })
  recorder(@Root() change: ProgressChange): Worker | null {
    return isUuid(change.recordedBy) ? { id: change.recordedBy.toLowerCase() } : null;
  }
}
