import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CaseNoteKindEnum, type CaseNoteKind } from './enums.ts';

/** A dated note by a worker: a home visit, a call, a Team Around the Family meeting… */
@ObjectType()
@Entity({ name: 'case_note' })
export class CaseNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field(() => CaseNoteKindEnum)
  @Column({ type: 'text' })
  kind: CaseNoteKind;

  @Field(() => String, { description: 'The day of the contact the note records' })
  @Column({ name: 'contact_on', type: 'date' })
  contactOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;
}
