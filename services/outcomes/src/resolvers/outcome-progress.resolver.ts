import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.ts';
import { OutcomeProgress, ProgressChange } from '../entities/index.ts';

@Resolver(() => OutcomeProgress)
export class OutcomeProgressResolver {
  @FieldResolver(() => String, { description: 'The headline problem the measure belongs to' })
  problemCode(@Root() progress: OutcomeProgress): string {
    return progress.measure.problemCode;
  }

  @FieldResolver(() => [ProgressChange], { description: 'Every recorded change, newest first: the evidence trail for a results claim' })
  history(@Root() progress: OutcomeProgress, @Ctx() ctx: Context): Promise<ProgressChange[]> {
    return ctx.loaders.historyByProgress.load(progress.id);
  }
}
