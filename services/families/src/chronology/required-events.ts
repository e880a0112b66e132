import type { Family } from '../entities/index.ts';
import { AuditEntry, ChronologyEntry } from '@hearth/subgraph-kit';
import { entry } from './moments.ts';

/** The events other subgraphs contribute to a chronology, which the gateway fetches first and hands to this one (@requires). */
export const REQUIRED_EVENT_FIELDS = ['evidenceEvents', 'interventionEvents', 'progressEvents'] as const;
export type RequiredEventField = (typeof REQUIRED_EVENT_FIELDS)[number];
/** The audit events the other subgraphs recorded about a family, handed over the same way for its merged audit trail. */
export const REQUIRED_AUDIT_FIELDS = ['criteriaAuditEvents', 'interventionsAuditEvents', 'outcomesAuditEvents'] as const;
export type RequiredAuditField = (typeof REQUIRED_AUDIT_FIELDS)[number];
export type FamilyWithEvents = Family & Partial<Record<RequiredEventField | RequiredAuditField, unknown>>;

/**
 * A family as its reference arrived: when the gateway resolves `chronology`,
 * the representation carries the other subgraphs' events, and they must
 * reach the field resolver on the root object. A copy, so the request's
 * cached family is left as it was read.
 */
export function withRequiredEvents(family: Family | null, representation: Record<string, unknown>): Family | null {
  if (!family) return null;
  const supplied = [...REQUIRED_EVENT_FIELDS, ...REQUIRED_AUDIT_FIELDS].filter((field) => field in representation);
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

/**
 * Another subgraph's audit events as the gateway sent them (JSON, so `at` is a
 * string). Missing or malformed fails loudly, as for the chronology: a trail
 * silently missing entries would hide who saw a family's record.
 */
export function requiredAuditEntries(family: FamilyWithEvents, field: RequiredAuditField): AuditEntry[] {
  const supplied = family[field];
  if (!Array.isArray(supplied)) throw new Error(`${field} of family ${family.id} did not arrive with the audit trail request (@requires)`);
  return supplied.map((value: unknown) => {
    const { at, action, fields, operation, actorUsername, actorRole, reason, source } = (value ?? {}) as Record<string, unknown>;
    const when = at instanceof Date ? at : new Date(typeof at === 'string' ? at : Number.NaN);
    if (
      Number.isNaN(when.getTime()) ||
      typeof action !== 'string' ||
      !Array.isArray(fields) ||
      !fields.every((f) => typeof f === 'string') ||
      typeof operation !== 'string' ||
      typeof actorUsername !== 'string' ||
      typeof actorRole !== 'string' ||
      (reason !== null && typeof reason !== 'string') ||
      typeof source !== 'string'
    ) {
      throw new Error(`${field} of family ${family.id} arrived malformed: ${JSON.stringify(value)}`);
    }
    return Object.assign(new AuditEntry(), { at: when, action, fields: fields as string[], operation, actorUsername, actorRole, reason, source });
  });
}
