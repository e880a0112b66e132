import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Agency } from './agency.entity.ts';

/** A partner agency's nomination of a family into the programme, with the indicators it saw. */
@ObjectType()
@Entity({ name: 'nomination' })
export class Nomination {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid', unique: true })
  familyId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Field(() => Agency)
  agency?: Agency;

  @Column({ name: 'nominated_by', type: 'uuid' })
  nominatedBy: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => [String], { description: 'Indicator codes of the headline problems the agency saw' })
  @Column({ name: 'indicator_codes', type: 'text', array: true })
  indicatorCodes: string[];

  @Field(() => Date)
  @CreateDateColumn({ name: 'nominated_at', type: 'timestamptz' })
  nominatedAt: Date;
}
