import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * One dated event in a family's chronology. A shareable value type that every
 * subgraph contributing events (families, criteria, interventions, outcomes)
 * takes from here, so the gateway can hand one subgraph's events to another
 * and the four definitions can never drift apart.
 */
@Directive('@shareable')
@ObjectType({ description: "One dated event in a family's chronology" })
export class ChronologyEntry {
  @Field(() => Date, { description: 'When it happened; an event known only by its day is placed at the start of that day (UTC)' })
  at: Date;

  @Field(() => String, { description: 'What kind of event, e.g. CASE_NOTE, EVIDENCE_RECORDED, INTERVENTION_STARTED' })
  kind: string;

  @Field(() => String, { description: 'One line a practitioner can read' })
  summary: string;

  @Field(() => String, { description: 'The part of Hearth the event comes from: families, criteria, interventions or outcomes' })
  source: string;
}
