import { FAMILY_STATUSES, type FamilyStatus } from '@hearth/programme';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ProgrammePhaseEnum, type ProgrammePhase } from './enums.ts';

export const FamilyStatusEnum = Object.fromEntries(FAMILY_STATUSES.map((s) => [s, s])) as { [K in FamilyStatus]: K };
registerEnumType(FamilyStatusEnum, { name: 'FamilyStatus', description: 'Where the family is in the programme' });

export const IdentificationRouteEnum = { DATA_MATCHING: 'DATA_MATCHING', AGENCY_NOMINATION: 'AGENCY_NOMINATION' } as const;
export type IdentificationRoute = keyof typeof IdentificationRouteEnum;
registerEnumType(IdentificationRouteEnum, { name: 'IdentificationRoute', description: 'How the family came to the programme' });

/** A household in the programme. Owned by this subgraph; the others extend it by id. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: 'family' })
export class Family {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Human-readable reference, e.g. FAM-000123' })
  @Column({ type: 'text', unique: true, default: () => "'FAM-' || lpad(nextval('families.family_reference_seq')::text, 6, '0')" })
  reference: string;

  @Field(() => FamilyStatusEnum)
  @Column({ type: 'text' })
  status: FamilyStatus;

  @Field(() => String, { description: 'Area (ward or area assembly) the household lives in' })
  @Column({ type: 'text' })
  area: string;

  @Field(() => String, {
    nullable: true,
    description: 'Withheld (null) from analysts, and from every role not named on a domestic abuse marker in force',
  })
  @Column({ name: 'address_line', type: 'text' })
  addressLine: string;

  @Field(() => String, {
    nullable: true,
    description: 'Withheld (null) from every role not named on a domestic abuse marker in force; analysts see only the outward code (the district, e.g. S60)',
  })
  @Column({ type: 'text' })
  postcode: string;

  @Field(() => IdentificationRouteEnum)
  @Column({ name: 'identified_by', type: 'text' })
  identifiedBy: IdentificationRoute;

  @Column({ name: 'nominated_by_agency_id', type: 'uuid', nullable: true })
  nominatedByAgencyId: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "Phase 2, Year 1 cohort"' })
  @Column({ type: 'text', nullable: true })
  cohort: string | null;

  @Field(() => ProgrammePhaseEnum)
  @Column({ name: 'programme_phase', type: 'text', default: 'PHASE_2' })
  programmePhase: ProgrammePhase;

  @Column({ name: 'lead_worker_id', type: 'uuid', nullable: true })
  leadWorkerId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic concurrency, bumped only by changeFamily (family-changes.ts) so one change is one version. */
  @Field(() => Int, { description: 'Changes with every edit; send it back as expectedVersion so a stale edit is refused' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
