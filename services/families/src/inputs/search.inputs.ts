import type { FamilyStatus } from '@hearth/programme';
import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { FamilyStatusEnum } from '../entities/family.entity.ts';

@InputType({
  description:
    'What to look for (name, dateOfBirth, reference, postcode) and how to narrow it (statuses, area, leadWorkerId). Give at least one; all that are given must match.',
})
export class FamilySearchInput {
  @Field(() => String, {
    nullable: true,
    description:
      'A member’s name, typed as the caller heard it: every word must match a word of one member’s name, exactly, by sound ("Smyth" for "Smith") or with a slip of a letter or two, or as its start ("Chris", or an initial). Close matches come after exact ones.',
  })
  @IsOptional()
  @IsPresentText(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, exactly; with a name, the same member must have both' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'The family reference, or just its number: "123" finds FAM-000123' })
  @IsOptional()
  @IsPresentText(20)
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'A full postcode (S60 1AE, any case, space or not) or its outward code for the whole district (S60)' })
  @IsOptional()
  @IsPresentText(10)
  postcode?: string | null;

  @Field(() => [FamilyStatusEnum], { nullable: true, description: 'Families at any of these statuses' })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: FamilyStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Families in this area' })
  @IsOptional()
  @IsPresentText(100)
  area?: string | null;

  @Field(() => ID, { nullable: true, description: 'Families led by this lead worker' })
  @IsOptional()
  @IsUUID('all', { message: 'leadWorkerId must be a worker id' })
  leadWorkerId?: string | null;
}
