import type { OutcomeRoute } from '@hearth/programme';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OutcomeRouteEnum } from './enums.ts';

/** One line of an Outcomes Plan: the progress that counts against one headline problem, by one route. */
@ObjectType()
@Entity({ name: 'outcome_measure' })
export class OutcomeMeasure {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Index()
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field(() => String, { description: 'The headline problem this measure shows progress against, e.g. SCHOOL_ATTENDANCE' })
  @Column({ name: 'problem_code', type: 'text' })
  problemCode: string;

  @Field(() => OutcomeRouteEnum)
  @Column({ type: 'text' })
  route: OutcomeRoute;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, { description: 'How many weeks the improvement must last before it counts towards a results claim' })
  @Column({ name: 'sustained_for_weeks', type: 'int' })
  sustainedForWeeks: number;

  /** Order within the plan, as the council wrote it. */
  @Column({ type: 'int' })
  position: number;
}
