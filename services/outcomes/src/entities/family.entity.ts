import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The families subgraph's Family, extended here with its progress; this subgraph only knows its id. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;
}
