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

/** The start (UTC) of a day written YYYY-MM-DD. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * When an event that happened on `day` and was recorded at `recordedAt`
 * happened, as precisely as Hearth knows: recorded the same day, the
 * recording time orders it among that day's events; recorded later (or
 * back-dated), only the day is known.
 */
export function happenedAt(day: string, recordedAt: Date): Date {
  return recordedAt.toISOString().slice(0, 10) === day ? recordedAt : dayStart(day);
}

/** Free text cut to a length that reads as one line of a chronology. */
export function excerpt(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
