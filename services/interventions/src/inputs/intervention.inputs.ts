import { IsCalendarDate, IsPresentText } from '@hearth/subgraph-kit';
import { IsIn, IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ENDED_STATUSES, InterventionStatusEnum, OPEN_STATUSES, type InterventionStatus } from '../entities/index.ts';

@InputType({ description: 'An intervention a partner agency is starting (or planning) with a family' })
export class StartInterventionInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => String, { description: 'Code of one of the six models of intervention, e.g. KEY_WORKING_TAF' })
  @IsPresentText(60)
  modelCode: string;

  @Field(() => String, { description: 'YYYY-MM-DD; a day still to come only for a PLANNED intervention' })
  @IsCalendarDate()
  startedOn: string;

  @Field(() => ID, { description: 'The partner agency leading the intervention' })
  leadAgencyId: string;

  // An ended intervention needs an end date, which only endIntervention takes.
  @Field(() => InterventionStatusEnum, { nullable: true, defaultValue: 'ACTIVE' })
  @IsOptional()
  @IsIn(OPEN_STATUSES, { message: `status must be one of ${OPEN_STATUSES.join(', ')} when starting; end an intervention with endIntervention` })
  status?: InterventionStatus | null;
}

@ArgsType()
export class EndInterventionArgs {
  @Field(() => ID)
  id: string;

  @Field(() => InterventionStatusEnum)
  @IsIn(ENDED_STATUSES, { message: `status must be ${ENDED_STATUSES.join(' or ')} to end an intervention` })
  status: InterventionStatus;

  @Field(() => String, {
    description: 'YYYY-MM-DD, not in the future, and not before the intervention started unless it is planned work withdrawn before it began',
  })
  @IsCalendarDate()
  endedOn: string;
}

@ArgsType()
export class BeginInterventionArgs {
  @Field(() => ID, { description: 'A PLANNED intervention' })
  id: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the day the work actually began, which may differ from the day planned; not in the future' })
  @IsCalendarDate()
  startedOn: string;
}
