import type { Identity } from '@hearth/auth';
import { loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { Engagement } from '../entities/index.ts';

/**
 * Whether an engagement is current, decided by the database's date exactly as
 * the partner scope decides it (access/family-scope.ts): the end date is the
 * last day the agency works with the family.
 */
export const ENGAGEMENT_ACTIVE = '(engagement.ended_on IS NULL OR engagement.ended_on >= current_date)';

export type EngagementRecord = Engagement & { active: boolean };

/** Current engagements first, then the most recently started. */
function currentFirst(a: EngagementRecord, b: EngagementRecord): number {
  if (a.active !== b.active) return a.active ? -1 : 1;
  return b.startedOn.localeCompare(a.startedOn) || a.id.localeCompare(b.id);
}

export function engagementLoaders(db: DataSource, _identity: Identity) {
  return {
    engagementsByFamily: loaderOfLists(
      async (familyIds: readonly string[]): Promise<EngagementRecord[]> => {
        const { entities, raw } = await db
          .getRepository(Engagement)
          .createQueryBuilder('engagement')
          .addSelect(ENGAGEMENT_ACTIVE, 'engagement_active')
          .where('engagement.family_id = ANY(:familyIds)', { familyIds })
          .getRawAndEntities<{ engagement_id: string; engagement_active: boolean }>();
        const active = new Map(raw.map((row) => [row.engagement_id, row.engagement_active]));
        return entities.map((engagement) => Object.assign(engagement, { active: active.get(engagement.id) === true })).sort(currentFirst);
      },
      (engagement) => engagement.familyId,
    ),
  };
}
