import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the families subgraph, which decides who may see which family; this subgraph only adds fields to it. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;
}
