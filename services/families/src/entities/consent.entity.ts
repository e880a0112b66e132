import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentScopeEnum, ConsentStatusEnum, type ConsentScope, type ConsentStatus } from './enums.ts';

/** The agreement between agencies that information sharing rests on. */
@ObjectType()
@Entity({ name: 'information_sharing_agreement' })
export class InformationSharingAgreement {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds: string[];

  @Field(() => String)
  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  @Field(() => String)
  @Column({ name: 'review_on', type: 'date' })
  reviewOn: string;
}

/** A family's consent to share information (given, refused or withdrawn); the newest record is in force. */
@ObjectType()
@Entity({ name: 'consent' })
export class Consent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => ConsentStatusEnum)
  @Column({ type: 'text' })
  status: ConsentStatus;

  @Column({ name: 'given_by_person_id', type: 'uuid', nullable: true })
  givenByPersonId: string | null;

  @Field(() => ConsentScopeEnum)
  @Column({ type: 'text' })
  scope: ConsentScope;

  @Column({ name: 'agency_ids', type: 'uuid', array: true, default: () => "'{}'" })
  agencyIds: string[];

  @Column({ name: 'agreement_id', type: 'uuid' })
  agreementId: string;

  @Field(() => String)
  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
