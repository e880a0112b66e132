import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A partner agency starting to work with a family' })
export class AddEngagementInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId: string;

  @Field(() => String, { description: 'In what capacity, e.g. "Team Around the Family", "Attendance officer", "Work coach"' })
  @IsPresentText(200)
  capacity: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not in the future; today when omitted' })
  @IsOptional()
  @IsCalendarDate({ notInFuture: true })
  startedOn?: string | null;

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: 'A partner agency stopping work with a family' })
export class EndEngagementInput {
  @Field(() => ID)
  engagementId: string;

  @Field(() => String, {
    nullable: true,
    description: 'The last day the agency worked with the family (YYYY-MM-DD, not in the future, not before it started); today when omitted. The agency stops seeing the family the day after.',
  })
  @IsOptional()
  @IsCalendarDate({ notInFuture: true })
  endedOn?: string | null;

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
