import { ROLES, type Role } from '@hearth/auth';
import type { AgencyType } from '@hearth/programme';
import { IsPresentText } from '@hearth/subgraph-kit';
import { ArrayMaxSize, IsInt, IsUUID, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { AgencyTypeEnum } from '../entities/agency.entity.ts';

export const WorkerRoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(WorkerRoleEnum, { name: 'WorkerRole', description: 'What a worker does in Hearth, which decides the families they see' });

@InputType({ description: 'A partner agency joining the directory' })
export class AddAgencyInput {
  @Field(() => String, { description: 'As the agency calls itself, e.g. "Rotherham Women’s Refuge"; must be new to the directory' })
  @IsPresentText(200)
  name: string;

  @Field(() => AgencyTypeEnum)
  type: AgencyType;
}

@InputType({ description: 'A practitioner joining an agency in the directory' })
export class AddWorkerInput {
  @Field(() => String)
  @IsPresentText(200)
  name: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'agencyId must be an agency id' })
  agencyId: string;

  @Field(() => WorkerRoleEnum)
  role: Role;

  @Field(() => [String], { defaultValue: [], description: "The council areas they work in (see the areas query); lead workers, co-ordinators and managers need at least one" })
  @ArrayMaxSize(50)
  areas: string[];

  @Field(() => Int, { description: 'How many families they may lead at once (0 for anyone who does not lead families)' })
  @IsInt()
  @Min(0, { message: 'caseloadLimit must not be negative' })
  @Max(100, { message: 'caseloadLimit must be at most 100' })
  caseloadLimit: number;
}
