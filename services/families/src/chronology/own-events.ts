import type { Identity } from '@hearth/auth';
import type { DataSource } from 'typeorm';
import { ChronologyEntry, dayStart, excerpt, happenedAt } from '@hearth/subgraph-kit';
import { entry, words } from './moments.ts';

/**
 * The families subgraph's own events for a chronology, one statement per
 * kind for every family asked for. Each returns entries keyed by family.
 */
export type FamilyEvent = { familyId: string; entry: ChronologyEntry };
type EventReader = (db: DataSource, familyIds: readonly string[], view: EventView) => Promise<FamilyEvent[]>;

export interface EventView {
  /**
   * Reasons and notes are typed by workers and can name people; analysts,
   * who see pseudonymised records, get the event without them.
   */
  freeText: boolean;
}

const SOURCE = 'families';
const event = (familyId: string, at: Date, kind: string, summary: string): FamilyEvent => ({ familyId, entry: entry(at, kind, summary, SOURCE) });
const withReason = (summary: string, reason: string | null, view: EventView) => (view.freeText && reason?.trim() ? `${summary}: ${excerpt(reason)}` : summary);

const CASE_NOTE_KINDS: Record<string, string> = {
  HOME_VISIT: 'Home visit',
  PHONE_CALL: 'Phone call',
  TAF_MEETING: 'Team Around the Family meeting',
  MEETING: 'Meeting',
  OFFICE_NOTE: 'Office note',
};

export const statusChanges: EventReader = async (db, familyIds, view) => {
  const rows: { family_id: string; from_status: string | null; to_status: string; reason: string; changed_on: string; changed_at: Date }[] = await db.query(
    `SELECT family_id, from_status, to_status, reason, changed_on::text AS changed_on, changed_at
     FROM families.status_change WHERE family_id = ANY($1::uuid[])`,
    [familyIds],
  );
  return rows.map((row) =>
    event(
      row.family_id,
      happenedAt(row.changed_on, row.changed_at),
      'STATUS_CHANGED',
      withReason(row.from_status ? `Moved from ${words(row.from_status)} to ${words(row.to_status)}` : `Came into the programme as ${words(row.to_status)}`, row.reason, view),
    ),
  );
};

export const allocations: EventReader = async (db, familyIds, view) => {
  const rows: { family_id: string; allocated_on: string; reason: string; worker: string }[] = await db.query(
    `SELECT a.family_id, a.allocated_on::text AS allocated_on, a.reason, w.name AS worker
     FROM families.allocation a JOIN families.worker w ON w.id = a.worker_id WHERE a.family_id = ANY($1::uuid[])`,
    [familyIds],
  );
  return rows.map((row) => event(row.family_id, dayStart(row.allocated_on), 'LEAD_WORKER_ALLOCATED', withReason(`${row.worker} became the lead worker`, row.reason, view)));
};

export const caseNotes: EventReader = async (db, familyIds) => {
  const rows: { family_id: string; kind: string; contact_on: string; written_at: Date; body: string; author: string }[] = await db.query(
    `SELECT n.family_id, n.kind, n.contact_on::text AS contact_on, n.written_at, n.body, w.name AS author
     FROM families.case_note n JOIN families.worker w ON w.id = n.author_id WHERE n.family_id = ANY($1::uuid[])`,
    [familyIds],
  );
  return rows.map((row) =>
    event(row.family_id, happenedAt(row.contact_on, row.written_at), 'CASE_NOTE', `${CASE_NOTE_KINDS[row.kind] ?? words(row.kind)} (${row.author}): ${excerpt(row.body)}`),
  );
};

export const engagements: EventReader = async (db, familyIds) => {
  // An end date is the last day the agency works with the family; one still to come has not happened yet.
  const rows: { family_id: string; capacity: string; started_on: string; ended_on: string | null; agency: string }[] = await db.query(
    `SELECT e.family_id, e.capacity, e.started_on::text AS started_on,
            CASE WHEN e.ended_on <= current_date THEN e.ended_on::text END AS ended_on, a.name AS agency
     FROM families.engagement e JOIN families.agency a ON a.id = e.agency_id WHERE e.family_id = ANY($1::uuid[])`,
    [familyIds],
  );
  return rows.flatMap((row) => [
    event(row.family_id, dayStart(row.started_on), 'AGENCY_ENGAGED', `${row.agency} began working with the family (${row.capacity})`),
    ...(row.ended_on ? [event(row.family_id, dayStart(row.ended_on), 'AGENCY_ENGAGEMENT_ENDED', `${row.agency} stopped working with the family`)] : []),
  ]);
};

export const consents: EventReader = async (db, familyIds, view) => {
  const rows: { family_id: string; status: string; scope: string; recorded_on: string; recorded_at: Date; note: string | null; agencies: string | null }[] =
    await db.query(
      `SELECT c.family_id, c.status, c.scope, c.recorded_on::text AS recorded_on, c.recorded_at, c.note,
              (SELECT string_agg(a.name, ', ' ORDER BY a.name) FROM families.agency a WHERE a.id = ANY(c.agency_ids)) AS agencies
       FROM families.consent c WHERE c.family_id = ANY($1::uuid[])`,
      [familyIds],
    );
  return rows.map((row) => {
    const covering = row.scope === 'ALL_ENGAGED_AGENCIES' ? 'every agency working with the family' : (row.agencies ?? 'no agency');
    const summary = row.status === 'GIVEN' ? `Consent to share information given, covering ${covering}` : `Consent to share information ${words(row.status)}`;
    return event(row.family_id, happenedAt(row.recorded_on, row.recorded_at), 'CONSENT_RECORDED', withReason(summary, row.note, view));
  });
};

export const nominations: EventReader = async (db, familyIds, view) => {
  const rows: { family_id: string; reason: string; nominated_at: Date; agency: string }[] = await db.query(
    `SELECT n.family_id, n.reason, n.nominated_at, a.name AS agency
     FROM families.nomination n JOIN families.agency a ON a.id = n.agency_id WHERE n.family_id = ANY($1::uuid[])`,
    [familyIds],
  );
  return rows.map((row) => event(row.family_id, row.nominated_at, 'NOMINATED', withReason(`Nominated by ${row.agency}`, row.reason, view)));
};

/** Which of the family's own kinds of event the caller may see, and how much of them. */
export function readersFor(identity: Identity, mayReadCaseNotes: boolean): { readers: EventReader[]; view: EventView } {
  const readers = [statusChanges, allocations, engagements, consents, nominations, ...(mayReadCaseNotes ? [caseNotes] : [])];
  return { readers, view: { freeText: identity.role !== 'ANALYST' } };
}
