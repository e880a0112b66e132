import { badInput, decodeCursor, encodeCursor } from '@hearth/subgraph-kit';

/**
 * Search results are ordered by match quality, then reference; the cursor is
 * the position of the last row in that order, so paging neither repeats nor
 * skips a family however many are added in between.
 */
export interface SearchPosition {
  quality: number;
  reference: string;
}

const POSITION = /^(\d)\|(.+)$/;

export function searchCursor(position: SearchPosition): string {
  return encodeCursor(`${position.quality}|${position.reference}`);
}

export function readSearchCursor(cursor: string): SearchPosition {
  const parts = POSITION.exec(decodeCursor(cursor));
  if (!parts) throw badInput(`"${cursor}" is not a cursor from searchFamilies`, { field: 'after' });
  return { quality: Number(parts[1]), reference: parts[2]! };
}
