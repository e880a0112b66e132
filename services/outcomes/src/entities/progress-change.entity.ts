import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ProgressStatusEnum, type ProgressStatus } from './enums.ts';

/**
 * One recorded change to a family's progress. Rows are only ever appended:
 * a results claim has to show who said what, and when, to internal audit and
 * to national spot checks.
 */
@ObjectType()
@Entity({ name: 'progress_history' })
@Index(['progressId', 'recordedAt'])
export class ProgressChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'progress_id', type: 'uuid' })
  progressId: string;

  @Field(() => ProgressStatusEnum)
  @Column({ type: 'text' })
  status: ProgressStatus;

  /** Derived from the change before it when the history is read (see history.ts), so it can never disagree with the history. */
  @Field(() => ProgressStatusEnum, { nullable: true, description: 'The status this change moved from; null for the first change recorded against the measure' })
  previousStatus: ProgressStatus | null;

  // Exposed through the resolver, which withholds it from analysts.
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => String, { description: 'The day the family reached this status (YYYY-MM-DD), which may be before it was recorded' })
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  @Field(() => Date)
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Field(() => String, { description: 'Who recorded it (their worker id)' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
