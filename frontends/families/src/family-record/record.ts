import type { FamilyRecordQuery } from '@hearth/client';
import type { Viewer } from '../viewer.ts';

export type FamilyRecord = NonNullable<FamilyRecordQuery['family']>;
export type Area = FamilyRecordQuery['areas'][number];

/** What every section of the family page is handed. */
export interface SectionProps {
  family: FamilyRecord;
  viewer: Viewer;
  /** A change was saved: say so at the top of the record and load it afresh. */
  onChanged: (message: string) => void;
  /** Load the record afresh without a change of ours (after someone else's). */
  onReload: () => void;
}
