import { AGENCY_TYPES, type AgencyType } from '@hearth/programme';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const AgencyTypeEnum = Object.fromEntries(AGENCY_TYPES.map((t) => [t, t])) as { [K in AgencyType]: K };
registerEnumType(AgencyTypeEnum, { name: 'AgencyType', description: 'Kinds of partner agency working with families' });

/** A partner agency (police, school, Jobcentre Plus, a voluntary group…). Other subgraphs point at agencies by id. */
@Directive('@key(fields: "id")')
@ObjectType()
@Entity({ name: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => AgencyTypeEnum)
  @Column({ type: 'text' })
  type: AgencyType;
}
