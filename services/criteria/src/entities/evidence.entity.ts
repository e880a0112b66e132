import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Indicator } from './indicator.entity.ts';

/** A recorded observation that a family (or one of its members) meets an indicator. */
@ObjectType({ description: 'What was seen, by whom (source) and when, that shows a family has a headline problem' })
@Entity({ name: 'evidence' })
export class Evidence {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The family member it concerns, when it concerns one' })
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ name: 'indicator_code', type: 'text' })
  indicatorCode: string;

  /** Always loaded with the evidence (joined), so reading it costs no statement of its own. */
  @Field(() => Indicator)
  @ManyToOne(() => Indicator)
  @JoinColumn({ name: 'indicator_code' })
  indicator: Indicator;

  @Field(() => String, { description: 'The agency or data set it came from, e.g. "South Yorkshire Police"' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => Date)
  @Column({ name: 'observed_at', type: 'timestamptz' })
  observedAt: Date;

  @Field(() => Date)
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /** The worker (identity sub) who recorded it; kept for audit, not exposed. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
