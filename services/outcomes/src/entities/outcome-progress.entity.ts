import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProgressStatusEnum, type ProgressStatus } from './enums.ts';
import { OutcomeMeasure } from './outcome-measure.entity.ts';

/** Where one family stands against one measure of the Outcomes Plan now; how it got there is in its history. */
@ObjectType()
@Entity({ name: 'outcome_progress' })
@Unique(['familyId', 'measureCode'])
export class OutcomeProgress {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'measure_code', type: 'text' })
  measureCode: string;

  /** Always loaded with the row: the plan order and problemCode come from it. */
  @Field(() => OutcomeMeasure)
  @ManyToOne(() => OutcomeMeasure, { nullable: false })
  @JoinColumn({ name: 'measure_code', referencedColumnName: 'code' })
  measure: OutcomeMeasure;

  @Field(() => ProgressStatusEnum)
  @Column({ type: 'text' })
  status: ProgressStatus;

  // Exposed through the resolver, which withholds it from analysts.
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { description: 'The day the family reached this status (YYYY-MM-DD), which may be before it was recorded' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Field(() => Date, { description: 'When it was recorded' })
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
