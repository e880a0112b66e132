import type { Phase } from '@hearth/programme';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { Indicator } from './indicator.entity.ts';

export const PhaseEnum = { PHASE_1: 'PHASE_1', PHASE_2: 'PHASE_2' } as const satisfies { [K in Phase]: K };
registerEnumType(PhaseEnum, {
  name: 'Phase',
  description: 'The programme phase whose criteria a headline problem belongs to',
  valuesConfig: {
    PHASE_1: { description: '2012–15: two of three national criteria' },
    PHASE_2: { description: '2015–20: at least two of six headline problems' },
  },
});

/** One of the problems a family is identified by; the catalogue is the programme's, synced from @hearth/programme. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A headline problem (Phase 2) or national criterion (Phase 1)' })
@Entity({ name: 'headline_problem' })
export class HeadlineProblem {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => PhaseEnum)
  @Column({ type: 'text' })
  phase: Phase;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  /** Catalogue order: the order the programme lists its problems in. */
  @Column({ type: 'int' })
  position: number;

  @Field(() => [Indicator], { description: 'What data matching or an agency nomination can show, in catalogue order' })
  @OneToMany(() => Indicator, (indicator) => indicator.problem)
  indicators?: Indicator[];
}
