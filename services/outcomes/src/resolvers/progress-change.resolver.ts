import { isUuid } from '@hearth/subgraph-kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ProgressChange, Worker } from '../entities/index.ts';

@Resolver(() => ProgressChange)
export class ProgressChangeResolver {
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
