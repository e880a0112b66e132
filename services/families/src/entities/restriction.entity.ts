import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RestrictionKind } from './enums.ts';

/**
 * A restricted marker (e.g. domestic abuse, CSE risk). Everyone who can see
 * the family sees that it exists; only the named roles see its details and the
 * household's address.
 */
@Entity({ name: 'restriction' })
export class Restriction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ type: 'text' })
  kind: RestrictionKind;

  @Column({ type: 'text' })
  details: string;

  @Column({ name: 'visible_to_roles', type: 'text', array: true })
  visibleToRoles: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ name: 'lifted_by', type: 'uuid', nullable: true })
  liftedBy: string | null;
}
