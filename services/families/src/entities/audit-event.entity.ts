import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AuditActionEnum, type AuditAction } from './enums.ts';

/** Who read or changed which family record, when, which fields, and why when a reason was needed. Append-only. */
@ObjectType()
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Field(() => String)
  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Field(() => String)
  @Column({ name: 'actor_username', type: 'text' })
  actorUsername: string;

  @Field(() => String)
  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'family_id', type: 'uuid', nullable: true })
  familyId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'worker_id', type: 'uuid', nullable: true })
  workerId: string | null;

  @Field(() => AuditActionEnum)
  @Column({ type: 'text' })
  action: AuditAction;

  @Field(() => String, { description: 'The GraphQL operation (or mutation) that caused it' })
  @Column({ type: 'text' })
  operation: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
