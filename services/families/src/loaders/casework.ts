import type { Identity } from '@hearth/auth';
import { loaderOfLists } from '@hearth/subgraph-kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { CaseNote } from '../entities/index.ts';
import { CASEWORK_ROLES } from '../family-changes.ts';

/**
 * Case notes are the record of the council's own casework with the family.
 * Partners see the family through consent to share what their agency needs,
 * and analysts see pseudonymised data; neither reads nor writes case notes.
 */
export const CASE_NOTE_ROLES = CASEWORK_ROLES;

/** Case notes of every family asked for in one request: one statement for the notes, one for the last contact dates. */
export function caseworkLoaders(db: DataSource, _identity: Identity) {
  return {
    /** Newest contact first; notes of the same day in the order they were written, newest first. */
    caseNotesByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(CaseNote).find({
          where: { familyId: In([...familyIds]) },
          order: { contactOn: 'DESC', writtenAt: 'DESC', id: 'ASC' },
        }),
      (note) => note.familyId,
    ),
    /** The day of each family's newest contact (YYYY-MM-DD), or null when no contact has been noted. */
    lastContactByFamily: new DataLoader<string, string | null>(async (familyIds) => {
      const rows = (await db.query(
        `SELECT family_id, max(contact_on)::text AS last_contact_on FROM families.case_note WHERE family_id = ANY($1::uuid[]) GROUP BY family_id`,
        [familyIds],
      )) as { family_id: string; last_contact_on: string }[];
      const byFamily = new Map(rows.map((row) => [row.family_id, row.last_contact_on]));
      return familyIds.map((id) => byFamily.get(id) ?? null);
    }),
  };
}
