import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { eligibilityOf, problemsShownBy } from '../family-problems.ts';
import { Eligibility } from '../types/eligibility.type.ts';
import { FamilyProblem } from '../types/family-problem.type.ts';
import { Family } from '../types/family.type.ts';

@Resolver(() => Family)
export class FamilyCriteriaResolver {
  @FieldResolver(() => [FamilyProblem], { description: "The headline problems the family's evidence shows, in catalogue order" })
  async headlineProblems(@Root() family: Family, @Ctx() ctx: Context): Promise<FamilyProblem[]> {
    return problemsShownBy(await ctx.loaders.evidenceByFamily.load(family.id));
  }

  @FieldResolver(() => Eligibility, { description: 'Whether the evidence meets the Phase 2 entry criteria' })
  async eligibility(@Root() family: Family, @Ctx() ctx: Context): Promise<Eligibility> {
    return eligibilityOf(problemsShownBy(await ctx.loaders.evidenceByFamily.load(family.id)));
  }
}
