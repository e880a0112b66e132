import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ProgressStatusEnum, type ProgressStatus } from '../entities/index.ts';

export const MAX_NOTE_LENGTH = 2000;

@InputType({ description: "A family's progress against one measure of the Outcomes Plan, as of a day" })
export class RecordProgressInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => String, { description: 'An outcome measure code from the Outcomes Plan, e.g. OP_SCHOOL_ATTENDANCE' })
  @IsPresentText(100)
  measureCode: string;

  @Field(() => ProgressStatusEnum)
  status: ProgressStatus;

  @Field(() => String, { nullable: true, description: `What the progress rests on, for audit; at most ${MAX_NOTE_LENGTH} characters` })
  // Two rules rather than IsPresentText, so the writer of a long case note is told the limit, not that it is empty.
  @IsOptional()
  @Matches(/\S/, { message: 'note must not be blank; leave it out if there is nothing to add' })
  @MaxLength(MAX_NOTE_LENGTH, { message: `note must be at most ${MAX_NOTE_LENGTH} characters` })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The day the family reached this status, YYYY-MM-DD; today (in the UK) when omitted. Not in the future, nor before the day of the measure's current status",
  })
  @IsOptional()
  @IsCalendarDate({ notInFuture: true })
  effectiveOn?: string | null;
}
