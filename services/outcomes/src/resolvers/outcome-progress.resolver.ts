import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { noteFor } from '../access/notes.ts';
import type { Context } from '../context.ts';
import { OutcomeProgress, ProgressChange } from '../entities/index.ts';

@Resolver(() => OutcomeProgress)
export class OutcomeProgressResolver {
  @FieldResolver(() => String, { description: 'The headline problem the measure belongs to' })
  problemCode(@Root() progress: OutcomeProgress): string {
    return progress.measure.problemCode;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The evidence or note for the latest change; withheld (null) from analysts' })
  note(@Root() progress: OutcomeProgress, @Ctx() ctx: Context): string | null {
    return noteFor(ctx.identity, progress.note);
  }

  @FieldResolver(() => [ProgressChange], { description: 'Every recorded change, newest first: the evidence trail for a results claim' })
  history(@Root() progress: OutcomeProgress, @Ctx() ctx: Context): Promise<ProgressChange[]> {
    return ctx.loaders.historyByProgress.load(progress.id);
  }
}
