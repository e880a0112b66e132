import type { Identity } from '@hearth/auth';
import { toConnection, type ConnectionShape } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { scopeToCaller } from '../access/family-scope.ts';
import { Family } from '../entities/index.ts';
import type { FamilySearchCriteria } from './criteria.ts';
import { readSearchCursor, searchCursor } from './cursor.ts';
import { MATCH_QUALITY, memberMatch } from './member-match.ts';

/**
 * Finds the families the caller may see that match, best matches first and
 * then by reference: one statement for the page and one for the count.
 */
export async function searchFamilies(
  db: DataSource,
  identity: Identity,
  criteria: FamilySearchCriteria,
  first: number,
  after: string | null,
): Promise<ConnectionShape<Family>> {
  const matching = scopeToCaller(db.getRepository(Family).createQueryBuilder('family'), identity);
  const members = memberMatch(criteria);
  if (members) matching.innerJoin(members.sql, 'member_match', 'member_match.family_id = family.id', members.parameters);
  const quality = members ? 'member_match.quality' : String(MATCH_QUALITY.EXACT);

  if (criteria.reference) matching.andWhere('family.reference = :searchReference', { searchReference: criteria.reference });
  if (criteria.postcode?.kind === 'FULL') {
    matching.andWhere(`replace(upper(family.postcode), ' ', '') = :searchPostcode`, { searchPostcode: criteria.postcode.compact });
  }
  if (criteria.postcode?.kind === 'OUTWARD') {
    // The inward code is always three characters, so what comes before it is the district.
    matching.andWhere(`left(replace(upper(family.postcode), ' ', ''), -3) = :searchOutward`, { searchOutward: criteria.postcode.outward });
  }
  if (criteria.statuses.length > 0) matching.andWhere('family.status = ANY(:searchStatuses)', { searchStatuses: criteria.statuses });
  if (criteria.area) matching.andWhere('family.area = :searchArea', { searchArea: criteria.area });
  if (criteria.leadWorkerId) matching.andWhere('family.lead_worker_id = :searchLeadWorker', { searchLeadWorker: criteria.leadWorkerId });

  const page = matching.clone().addSelect(quality, 'match_quality');
  if (members) page.orderBy(quality, 'ASC');
  page.addOrderBy('family.reference', 'ASC').limit(first + 1);
  if (after) {
    const position = readSearchCursor(after);
    page.andWhere(`(${quality}, family.reference) > (:afterQuality, :afterReference)`, { afterQuality: position.quality, afterReference: position.reference });
  }
  const [{ entities, raw }, totalCount] = await Promise.all([page.getRawAndEntities<{ family_id: string; match_quality: number }>(), matching.getCount()]);
  const qualityOf = new Map(raw.map((row) => [row.family_id, Number(row.match_quality)]));
  return toConnection(entities, first, totalCount, (family) => searchCursor({ quality: qualityOf.get(family.id)!, reference: family.reference }));
}
