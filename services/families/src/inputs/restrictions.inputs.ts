import { ROLES, type Role } from '@hearth/auth';
import { IsPresentText } from '@hearth/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RestrictionKindEnum, type RestrictionKind } from '../entities/enums.ts';

/** Analysts see pseudonymised records only, so no marker can name them. */
const NAMEABLE_ROLES = ROLES.filter((role) => role !== 'ANALYST');

@InputType({ description: 'A restricted marker on a family, e.g. a domestic abuse marker that keeps the address from everyone it does not name' })
export class AddRestrictionInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => RestrictionKindEnum)
  kind: RestrictionKind;

  @Field(() => String, { description: 'What those named need to know; read only through restrictedDetails, with a reason' })
  @IsPresentText(2000)
  details: string;

  @Field(() => [String], { description: `The roles that may read the details (and, for DOMESTIC_ABUSE, the address): any of ${NAMEABLE_ROLES.join(', ')}` })
  @ArrayMinSize(1, { message: 'visibleToRoles must name at least one role' })
  @ArrayMaxSize(NAMEABLE_ROLES.length)
  @ArrayUnique({ message: 'visibleToRoles must not name a role twice' })
  @IsIn(NAMEABLE_ROLES, { each: true, message: `visibleToRoles may name only ${NAMEABLE_ROLES.join(', ')} (analysts see pseudonymised records only)` })
  visibleToRoles: Role[];

  @Field(() => Int, { description: 'The version you last saw (Family.version)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
