import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InterventionStatusEnum, type InterventionStatus } from './intervention-status.ts';

/**
 * Work a partner agency does with a family under one model of intervention.
 * The family and the lead agency live in the families subgraph, so they are
 * held here by id only; `model` and `leadAgency` are resolved by field resolvers.
 */
@ObjectType({ description: 'Work a partner agency does with a family under one model of intervention' })
@Entity({ name: 'intervention' })
export class Intervention {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'model_code', type: 'text' })
  modelCode: string;

  @Field(() => InterventionStatusEnum)
  @Column({ type: 'text' })
  status: InterventionStatus;

  @Field(() => String, {
    description: 'YYYY-MM-DD: the day the work began; for work that has not begun (PLANNED, or WITHDRAWN before it began), the day it was planned to start',
  })
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the day the work was planned to start, for work that was planned; kept when it begins on another day or is withdrawn',
  })
  @Column({ name: 'planned_start_on', type: 'date', nullable: true })
  plannedStartOn: string | null;

  /** When the work was recorded as having begun; null while it is PLANNED, and for planned work withdrawn before it began. */
  @Column({ name: 'began_at', type: 'timestamptz', nullable: true })
  beganAt: Date | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; set when the intervention is ended' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'lead_agency_id', type: 'uuid' })
  leadAgencyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The worker (identity sub) who recorded it, or the demo seed. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
