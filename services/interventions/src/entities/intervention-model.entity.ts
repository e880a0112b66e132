import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the programme's six models of intervention; the catalogue comes from @hearth/programme, never from users. */
@ObjectType({ description: 'One of the six models of intervention of the programme' })
@Entity({ name: 'intervention_model' })
export class InterventionModel {
  @Field(() => ID, { description: 'Stable code, e.g. KEY_WORKING_TAF' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => Int, { description: 'The number the programme gives the model (1 to 6)' })
  @Column({ type: 'int', unique: true })
  number: number;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;
}
