import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owned by the families subgraph (the worker directory); only the id is known here, the gateway fetches the name from families. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Worker {
  @Field(() => ID)
  id: string;
}
