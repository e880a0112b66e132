import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The council's local Outcomes Plan: what counts as significant and sustained progress. */
@ObjectType()
@Entity({ name: 'outcomes_plan' })
export class OutcomesPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  name: string;

  /** The plan families are measured against; at most one plan is the default. */
  @Column({ name: 'is_default', type: 'boolean', default: false })
  isDefault: boolean;
}
