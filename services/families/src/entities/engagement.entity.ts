import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An agency working with a family, in some capacity, from a date (and until one). */
@ObjectType({ description: 'A partner agency working with the family' })
@Entity({ name: 'engagement' })
@Index(['familyId', 'agencyId'])
export class Engagement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index()
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Field(() => String, { description: 'In what capacity the agency works with the family' })
  @Column({ type: 'text' })
  capacity: string;

  @Field(() => String)
  @Column({ name: 'started_on', type: 'date' })
  startedOn: string;

  @Field(() => String, { nullable: true, description: 'The last day the agency worked with the family' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;
}
