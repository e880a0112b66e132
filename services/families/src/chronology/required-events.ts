import type { Family } from '../entities/index.ts';
import { ChronologyEntry } from '@hearth/subgraph-kit';
import { entry } from './moments.ts';

/** The events other subgraphs contribute to a chronology, which the gateway fetches first and hands to this one (@requires). */
export const REQUIRED_EVENT_FIELDS = ['evidenceEvents', 'interventionEvents', 'progressEvents'] as const;
export type RequiredEventField = (typeof REQUIRED_EVENT_FIELDS)[number];
export type FamilyWithEvents = Family & Partial<Record<RequiredEventField, unknown>>;

/**
 * A family as its reference arrived: when the gateway resolves `chronology`,
 * the representation carries the other subgraphs' events, and they must
 * reach the field resolver on the root object. A copy, so the request's
 * cached family is left as it was read.
 */
export function withRequiredEvents(family: Family | null, representation: Record<string, unknown>): Family | null {
  if (!family) return null;
  const supplied = REQUIRED_EVENT_FIELDS.filter((field) => field in representation);
  if (supplied.length === 0) return family;
  const copy: FamilyWithEvents = Object.assign(Object.create(Object.getPrototypeOf(family) as object) as Family, family);
  for (const field of supplied) copy[field] = representation[field];
  return copy;
}

/**
 * Another subgraph's events as the gateway sent them (JSON, so `at` is a
 * string). Missing or malformed is a fault between the services, never the
 * caller's doing, so it fails loudly: a chronology silently missing events
 * could mislead the people keeping a family safe.
 */
export function requiredEvents(family: FamilyWithEvents, field: RequiredEventField): ChronologyEntry[] {
  const supplied = family[field];
  if (!Array.isArray(supplied)) throw new Error(`${field} of family ${family.id} did not arrive with the chronology request (@requires)`);
  return supplied.map((value: unknown) => {
    const { at, kind, summary, source } = (value ?? {}) as Record<string, unknown>;
    const when = at instanceof Date ? at : new Date(typeof at === 'string' ? at : Number.NaN);
    if (Number.isNaN(when.getTime()) || typeof kind !== 'string' || typeof summary !== 'string' || typeof source !== 'string') {
      throw new Error(`${field} of family ${family.id} arrived malformed: ${JSON.stringify(value)}`);
    }
    return entry(when, kind, summary, source);
  });
}
