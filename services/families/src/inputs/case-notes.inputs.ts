import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { Field, ID, InputType } from 'type-graphql';
import { CaseNoteKindEnum, type CaseNoteKind } from '../entities/enums.ts';

/** Long enough for a full write-up of a Team Around the Family meeting, short enough to stay a note. */
export const CASE_NOTE_MAX_LENGTH = 10_000;

@InputType({ description: 'A note of contact with a family: a home visit, a call, a Team Around the Family meeting…' })
export class AddCaseNoteInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => CaseNoteKindEnum)
  kind: CaseNoteKind;

  @Field(() => String, { description: 'The day of the contact, YYYY-MM-DD; not in the future' })
  @IsCalendarDate({ notInFuture: true })
  contactOn: string;

  @Field(() => String, { description: `What happened and what was agreed (at most ${CASE_NOTE_MAX_LENGTH} characters)` })
  @IsPresentText(CASE_NOTE_MAX_LENGTH)
  body: string;
}
