import type { MemberRole } from '@hearth/programme';
import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsPostalCode } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MemberRoleEnum } from '../entities/person.entity.ts';

@InputType({ description: "A partner agency's nomination of a family it is worried about" })
export class NominateFamilyInput {
  @Field(() => String, { description: 'The person the agency knows, usually a parent or carer' })
  @IsPresentText(200)
  fullName: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsCalendarDate({ notInFuture: true })
  dateOfBirth: string;

  @Field(() => MemberRoleEnum, { defaultValue: 'PARENT_CARER' })
  role: MemberRole;

  @Field(() => String)
  @IsPresentText(200)
  addressLine: string;

  @Field(() => String)
  @IsPostalCode('GB', { message: 'postcode must be a UK postcode, e.g. S60 1AE' })
  postcode: string;

  @Field(() => String, { description: 'One of the council areas (see the areas query)' })
  @IsPresentText(100)
  area: string;

  @Field(() => String, { description: 'Why the agency is nominating the family' })
  @IsPresentText(2000)
  reason: string;

  @Field(() => Boolean, {
    description: 'Whether the family consents to its information being shared with your agency under the information sharing agreement; without it your agency cannot see the family once nominated',
  })
  familyConsentsToSharing: boolean;

  @Field(() => [String], { description: 'Codes of the indicators the agency has seen (see headlineProblems)' })
  @ArrayMinSize(1, { message: 'indicatorCodes must name at least one indicator' })
  @ArrayMaxSize(30)
  indicatorCodes: string[];
}
