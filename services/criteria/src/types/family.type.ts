import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The families subgraph owns Family; this subgraph only adds fields to it.
 * Who may see a family is decided there: these fields are only reached
 * through a Family the families subgraph has already returned.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;
}
