import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Agency } from './agency.entity.ts';

/** A practitioner who can be a family's lead worker; belongs to one agency. Other subgraphs name who did something by its id. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: 'worker' })
export class Worker {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Field(() => Agency)
  agency?: Agency;

  @Column({ type: 'text', nullable: true, unique: true })
  username: string | null;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas: string[];

  @Field(() => Int, { description: 'How many families this worker may lead at once' })
  @Column({ name: 'caseload_limit', type: 'int', default: 12 })
  caseloadLimit: number;
}
