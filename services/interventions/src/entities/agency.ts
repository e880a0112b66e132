import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the families subgraph; only the id is known here, the gateway fetches name and type from families. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Agency {
  @Field(() => ID)
  id: string;
}
