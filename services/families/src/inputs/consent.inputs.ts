import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ConsentScopeEnum, ConsentStatusEnum, type ConsentScope, type ConsentStatus } from '../entities/enums.ts';

@InputType({ description: "A family's decision about sharing its information, recorded by a worker" })
export class RecordConsentInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => ConsentStatusEnum)
  status: ConsentStatus;

  @Field(() => ID, { description: 'The household member who gave, refused or withdrew consent: a parent or carer, another adult, or a young person aged 16 or over' })
  @IsUUID('all', { message: 'givenByPersonId must be a person id' })
  givenByPersonId: string;

  @Field(() => ConsentScopeEnum)
  scope: ConsentScope;

  @Field(() => [ID], { defaultValue: [], description: 'For NAMED_AGENCIES: the agencies it covers, each a party to the agreement; empty for ALL_ENGAGED_AGENCIES' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'agencyIds must be agency ids' })
  agencyIds: string[];

  @Field(() => ID, { description: 'The information sharing agreement the consent rests on (see informationSharingAgreements)' })
  @IsUUID('all', { message: 'agreementId must be an information sharing agreement id' })
  agreementId: string;

  @Field(() => String, { nullable: true, description: 'The day the family gave its decision (YYYY-MM-DD, not in the future); today when omitted' })
  @IsOptional()
  @IsCalendarDate({ notInFuture: true })
  recordedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPresentText(2000)
  note?: string | null;

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
