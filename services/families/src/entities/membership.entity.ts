import type { MemberRole } from '@hearth/programme';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRoleEnum } from './person.entity.ts';

/** A spell of a person in a household; moves close one spell and open another, so history is kept. */
@ObjectType('HouseholdMembership')
@Entity({ name: 'household_membership' })
export class Membership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  // Not a field as it stands: the household is named to a caller only if they may see it (see the resolver).
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => MemberRoleEnum)
  @Column({ type: 'text' })
  role: MemberRole;

  @Field(() => String)
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
