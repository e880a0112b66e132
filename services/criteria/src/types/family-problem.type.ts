import { Field, ObjectType } from 'type-graphql';
import { Evidence } from '../entities/evidence.entity.ts';
import { HeadlineProblem } from '../entities/headline-problem.entity.ts';

@ObjectType({ description: 'A headline problem a family has, with the evidence that shows it' })
export class FamilyProblem {
  @Field(() => HeadlineProblem)
  problem: HeadlineProblem;

  @Field(() => [Evidence], { description: 'Newest observation first' })
  evidence: Evidence[];
}
