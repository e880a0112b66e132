import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RelationshipKindEnum, type RelationshipKind } from './enums.ts';

/** "A is PARENT_OF B" between two members of one household. */
@ObjectType()
@Entity({ name: 'relationship' })
export class Relationship {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Field(() => ID)
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Field(() => ID)
  @Column({ name: 'related_person_id', type: 'uuid' })
  relatedPersonId: string;

  @Field(() => RelationshipKindEnum)
  @Column({ type: 'text' })
  kind: RelationshipKind;
}
