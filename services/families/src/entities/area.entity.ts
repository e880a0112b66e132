import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An area (ward or area assembly) of the council; co-ordinators oversee caseloads by area. */
@ObjectType()
@Entity({ name: 'area' })
export class Area {
  @Field(() => String)
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Field(() => Boolean, { description: "One of the council's most disadvantaged areas (a cohort criterion)" })
  @Column({ name: 'most_disadvantaged', type: 'boolean', default: false })
  mostDisadvantaged: boolean;
}
