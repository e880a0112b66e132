import { IsPresentText } from '@hearth/subgraph-kit';
import { IsInt, IsOptional, IsPostalCode, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CannotBeCleared } from './cannot-be-cleared.ts';
import { ProgrammePhaseEnum, type ProgrammePhase } from '../entities/enums.ts';

@InputType({ description: 'Changes to a household’s details; leave out what stays the same' })
export class UpdateHouseholdInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @CannotBeCleared()
  @IsPresentText(200)
  addressLine?: string;

  @Field(() => String, { nullable: true })
  @CannotBeCleared()
  @IsPostalCode('GB', { message: 'postcode must be a UK postcode, e.g. S60 1AE' })
  postcode?: string;

  @Field(() => String, { nullable: true, description: 'One of the council’s areas (see the areas query)' })
  @CannotBeCleared()
  @IsPresentText(100)
  area?: string;

  @Field(() => String, { nullable: true, description: 'e.g. "Phase 2, Year 1 cohort"; null clears it' })
  @IsOptional()
  @IsPresentText(100)
  cohort?: string | null;

  @Field(() => ProgrammePhaseEnum, { nullable: true })
  @CannotBeCleared()
  programmePhase?: ProgrammePhase;
}
