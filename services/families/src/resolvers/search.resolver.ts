import { badInput, MAX_PAGE_SIZE } from '@hearth/subgraph-kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.ts';
import { FamilySearchInput } from '../inputs/search.inputs.ts';
import { readSearchCriteria } from '../search/criteria.ts';
import { searchFamilies } from '../search/family-search.ts';
import { FamilyConnection } from './family.resolver.ts';

@Resolver()
export class SearchResolver {
  @Query(() => FamilyConnection, {
    description:
      'Finds the families you may see by a member’s name (tolerant of typos and spellings) or date of birth, the family reference or the postcode, narrowed by status, area or lead worker. Best matches first, then by reference; paging is stable while families are added. Analysts may not search by name, date of birth or postcode.',
  })
  async searchFamilies(
    @Arg('filter', () => FamilySearchInput) filter: FamilySearchInput,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    if (first < 1 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`, { field: 'first' });
    return searchFamilies(ctx.db, ctx.identity, readSearchCriteria(filter, ctx.identity), first, after);
  }
}
