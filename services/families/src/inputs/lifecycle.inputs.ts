import type { FamilyStatus } from '@hearth/programme';
import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FamilyStatusEnum } from '../entities/family.entity.ts';

@InputType({ description: 'Move a family to the next step of the programme' })
export class ChangeFamilyStatusInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => FamilyStatusEnum)
  to: FamilyStatus;

  @Field(() => String, { description: 'Why, in words the family and other professionals would recognise' })
  @IsPresentText(1000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when omitted' })
  @IsOptional()
  @IsCalendarDate({ notInFuture: true })
  effectiveOn?: string | null;

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
