import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "Whether the family's evidence meets the Phase 2 entry criteria" })
export class Eligibility {
  @Field(() => Int, { description: 'How many of the six Phase 2 headline problems the evidence shows' })
  phase2ProblemCount: number;

  @Field(() => Boolean, { description: 'At least the programme minimum of Phase 2 headline problems' })
  eligible: boolean;
}
