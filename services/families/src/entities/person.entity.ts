import { MEMBER_ROLES, type MemberRole } from '@hearth/programme';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { SexEnum, type Sex } from './enums.ts';

export const MemberRoleEnum = Object.fromEntries(MEMBER_ROLES.map((r) => [r, r])) as { [K in MemberRole]: K };
registerEnumType(MemberRoleEnum, { name: 'MemberRole', description: "A person's role in the family" });

/** A member of a family's household. */
@ObjectType('Person')
@Entity({ name: 'person' })
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => String, { description: 'For analysts, a stable pseudonym instead (e.g. "Person 4F2A9C1B"): the same person always has the same one' })
  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Field(() => String, { description: 'ISO date, e.g. 2012-04-30; for analysts, the year only (2012)' })
  @Column({ name: 'date_of_birth', type: 'date' })
  dateOfBirth: string;

  @Field(() => MemberRoleEnum)
  @Column({ type: 'text' })
  role: MemberRole;

  @Field(() => SexEnum)
  @Column({ type: 'text', default: 'NOT_KNOWN' })
  sex: Sex;

  @Field(() => String, { nullable: true, description: 'School or setting, for children and young people; withheld (null) from analysts' })
  @Column({ type: 'text', nullable: true })
  school: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
