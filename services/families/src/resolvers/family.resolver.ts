import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, badInput, toConnection, Connection } from '@hearth/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { scopeToCaller } from '../access/family-scope.ts';
import type { Context } from '../context.ts';
import { visibleFamily } from '../family-changes.ts';
import { Family, Nomination, Person, Worker } from '../entities/index.ts';

export const FamilyConnection = Connection(Family, 'Family');

@Resolver(() => Family)
export class FamilyResolver {
  @Query(() => Family, { nullable: true, description: 'One family, if you may see it' })
  async family(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Family> {
    // A family you may not see and one that does not exist look the same; both attempts are audited.
    return visibleFamily(ctx, id);
  }

  @Query(() => FamilyConnection, { description: 'The families you may see, by reference' })
  async families(
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    const visible = scopeToCaller(ctx.db.getRepository(Family).createQueryBuilder('family'), ctx.identity);
    const page = visible.clone().orderBy('family.reference', 'ASC').take(first + 1);
    if (after) page.andWhere('family.reference > :after', { after: decodeCursor(after) });
    const [rows, totalCount] = await Promise.all([page.getMany(), visible.getCount()]);
    return toConnection(rows, first, totalCount, (family) => encodeCursor(family.reference));
  }

  @FieldResolver(() => [Person])
  members(@Root() family: Family, @Ctx() ctx: Context): Promise<Person[]> {
    return ctx.loaders.membersByFamily.load(family.id);
  }

  @FieldResolver(() => Worker, { nullable: true, description: 'The one lead worker the family and other professionals recognise' })
  async leadWorker(@Root() family: Family, @Ctx() ctx: Context): Promise<Worker | null> {
    return family.leadWorkerId ? ctx.loaders.workerById.load(family.leadWorkerId) : null;
  }

  @FieldResolver(() => Nomination, { nullable: true, description: 'The agency nomination that brought the family in, if any' })
  nomination(@Root() family: Family, @Ctx() ctx: Context): Promise<Nomination | null> {
    return ctx.loaders.nominationByFamily.load(family.id);
  }
}
