import type { Identity } from '@hearth/auth';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CASE_NOTE_ROLES } from '../loaders/casework.ts';
import type { ChronologyEntry } from '@hearth/subgraph-kit';
import { readersFor } from './own-events.ts';

/** The family's own events for every family in the request: one statement per kind of event, however many families. */
export function chronologyLoaders(db: DataSource, identity: Identity) {
  return {
    ownEventsByFamily: new DataLoader<string, ChronologyEntry[]>(async (familyIds) => {
      const { readers, view } = readersFor(identity, CASE_NOTE_ROLES.includes(identity.role));
      const events = (await Promise.all(readers.map((read) => read(db, familyIds, view)))).flat();
      const byFamily = new Map<string, ChronologyEntry[]>(familyIds.map((id) => [id, []]));
      for (const { familyId, entry } of events) byFamily.get(familyId)?.push(entry);
      return familyIds.map((id) => byFamily.get(id)!);
    }),
  };
}
