import type { MemberRole } from '@hearth/programme';
import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsInt, IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CannotBeCleared } from './cannot-be-cleared.ts';
import { RelationshipKindEnum, SexEnum, type RelationshipKind, type Sex } from '../entities/enums.ts';
import { MemberRoleEnum } from '../entities/person.entity.ts';

@InputType({ description: 'Corrections to a person’s details; leave out what stays the same' })
export class UpdatePersonInput {
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { description: 'The version you last saw of the family the person lives in (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @CannotBeCleared()
  @IsPresentText(200)
  fullName?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @CannotBeCleared()
  @IsCalendarDate({ notInFuture: true })
  dateOfBirth?: string;

  @Field(() => SexEnum, { nullable: true })
  @CannotBeCleared()
  sex?: Sex;

  @Field(() => MemberRoleEnum, { nullable: true, description: 'Their role in the household they live in now, e.g. a child who has become a young person' })
  @CannotBeCleared()
  role?: MemberRole;

  @Field(() => String, { nullable: true, description: 'School or setting; null clears it' })
  @IsOptional()
  @IsPresentText(200)
  school?: string | null;
}

@InputType({ description: 'A person moving from their household to another; the spell in the old household is kept as history' })
export class MovePersonInput {
  @Field(() => ID)
  personId: string;

  @Field(() => ID, { description: 'The household the person now lives in' })
  toFamilyId: string;

  @Field(() => MemberRoleEnum, { description: 'Their role in the new household' })
  role: MemberRole;

  @Field(() => String, { description: 'Why, e.g. "Moved in with grandmother under a kinship arrangement"' })
  @IsPresentText(1000)
  reason: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the last day in the old household and the first in the new' })
  @IsCalendarDate({ notInFuture: true })
  movedOn: string;

  @Field(() => Int, { description: 'The version you last saw of the household they move to (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType({ description: '"person is <kind> relatedPerson", e.g. Kelly PARENT_OF Tyler, between two current members of one household' })
export class RecordRelationshipInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  relatedPersonId: string;

  @Field(() => RelationshipKindEnum)
  kind: RelationshipKind;
}

@InputType({ description: 'A relationship recorded in error, taken off the record; the reason stays in the audit trail' })
export class RemoveRelationshipInput {
  @Field(() => ID)
  relationshipId: string;

  @Field(() => String, { description: 'Why it was wrong, e.g. "Recorded the wrong way round"; at most 500 characters' })
  @IsPresentText(500)
  reason: string;
}
