import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HeadlineProblem } from './headline-problem.entity.ts';

/** A piece of evidence that shows a headline problem, e.g. "Referred to MARAC". */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'Something data matching or an agency nomination can show about a family' })
@Entity({ name: 'indicator' })
export class Indicator {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { description: 'The headline problem this indicator shows' })
  @Column({ name: 'problem_code', type: 'text' })
  problemCode: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => HeadlineProblem, (problem) => problem.indicators)
  @JoinColumn({ name: 'problem_code' })
  problem?: HeadlineProblem;
}
