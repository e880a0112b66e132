import type { FamilyStatus } from '@hearth/programme';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FamilyStatusEnum } from './family.entity.ts';

/** One step of the family's lifecycle, with its reason and date. */
@ObjectType()
@Entity({ name: 'status_change' })
export class StatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => FamilyStatusEnum, { nullable: true })
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: FamilyStatus | null;

  @Field(() => FamilyStatusEnum)
  @Column({ name: 'to_status', type: 'text' })
  toStatus: FamilyStatus;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String)
  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;
}
