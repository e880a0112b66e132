import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A spell of a worker as the family's lead worker; reallocation ends one and starts another. */
@ObjectType()
@Entity({ name: 'allocation' })
export class Allocation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'worker_id', type: 'uuid' })
  workerId: string;

  @Field(() => String)
  @Column({ name: 'allocated_on', type: 'date' })
  allocatedOn: string;

  @Field(() => Date, { description: 'When the allocation was made; orders several on one day' })
  @Column({ name: 'allocated_at', type: 'timestamptz', update: false })
  allocatedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'allocated_by', type: 'uuid' })
  allocatedBy: string;
}
