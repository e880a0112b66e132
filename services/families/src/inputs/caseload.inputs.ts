import { IsPresentText } from '@hearth/subgraph-kit';
import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** No lead worker can give a family the contact the programme expects beyond this many at once. */
export const MAX_CASELOAD_LIMIT = 50;

@ArgsType()
export class SetCaseloadLimitArgs {
  @Field(() => ID)
  workerId: string;

  @Field(() => Int, { description: `How many families the worker may lead at once, 0 to ${MAX_CASELOAD_LIMIT}` })
  @IsInt()
  @Min(0, { message: `limit must be between 0 and ${MAX_CASELOAD_LIMIT}` })
  @Max(MAX_CASELOAD_LIMIT, { message: `limit must be between 0 and ${MAX_CASELOAD_LIMIT}` })
  limit: number;
}

@ArgsType()
export class CaseloadOversightArgs {
  @Field(() => String, { description: 'One of your areas' })
  @IsPresentText(100)
  area: string;

  @Field(() => Int, { defaultValue: 6, description: 'A family is stale when no contact has been noted for this many weeks (1 to 52)' })
  @IsInt()
  @Min(1, { message: 'staleAfterWeeks must be between 1 and 52' })
  @Max(52, { message: 'staleAfterWeeks must be between 1 and 52' })
  staleAfterWeeks: number;
}
