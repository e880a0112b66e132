import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsOptional, IsPostalCode, IsUUID, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdentificationRouteEnum, type IdentificationRoute } from '../entities/family.entity.ts';
import { MemberRoleEnum } from '../entities/person.entity.ts';
import type { MemberRole } from '@hearth/programme';
import { SexEnum, type Sex } from '../entities/enums.ts';

@InputType({ description: 'A person joining a family' })
export class NewPersonInput {
  @Field(() => String)
  @IsPresentText(200)
  fullName: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate({ notInFuture: true })
  dateOfBirth: string;

  @Field(() => MemberRoleEnum)
  role: MemberRole;

  @Field(() => SexEnum, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'School or setting, for children and young people' })
  @IsOptional()
  @IsPresentText(200)
  school?: string | null;
}

@InputType({ description: 'A household coming into the programme' })
export class CreateFamilyInput {
  @Field(() => String)
  @IsPresentText(200)
  addressLine: string;

  @Field(() => String)
  @IsPostalCode('GB', { message: 'postcode must be a UK postcode, e.g. S60 1AE' })
  postcode: string;

  @Field(() => String, { description: 'Area (ward or area assembly)' })
  @IsPresentText(100)
  area: string;

  @Field(() => IdentificationRouteEnum)
  identifiedBy: IdentificationRoute;

  @Field(() => ID, { nullable: true, description: 'Required when identified by agency nomination' })
  @IsOptional()
  @IsUUID('all', { message: 'nominatedByAgencyId must be an agency id' })
  nominatedByAgencyId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPresentText(100)
  cohort?: string | null;

  @Field(() => [NewPersonInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  members: NewPersonInput[];
}
