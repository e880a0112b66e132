import type { Identity } from '@hearth/auth';
import type { SelectQueryBuilder } from 'typeorm';
import type { Family } from '../entities/index.ts';

/**
 * A partner agency sees a family only while it is engaged with it AND the
 * family's consent in force (the newest consent record) covers that agency.
 */
const PARTNER_SCOPE = `
  EXISTS (SELECT 1 FROM families.engagement e
          WHERE e.family_id = family.id AND e.agency_id = :agency AND (e.ended_on IS NULL OR e.ended_on >= current_date))
  AND EXISTS (SELECT 1 FROM (SELECT c.status, c.scope, c.agency_ids FROM families.consent c
                             WHERE c.family_id = family.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1) latest
              WHERE latest.status = 'GIVEN' AND (latest.scope = 'ALL_ENGAGED_AGENCIES' OR :agency = ANY(latest.agency_ids)))`;

/**
 * Which families a caller may see, as a WHERE clause on alias `family`.
 * Decided here, in the subgraph that owns families, so no client (portal,
 * partner widget or integration) can ask its way around it. Analysts see
 * every family, but only through pseudonymised fields (see access/pseudonymise.ts).
 */
export function scopeToCaller(query: SelectQueryBuilder<Family>, identity: Identity): SelectQueryBuilder<Family> {
  switch (identity.role) {
    case 'MANAGER':
    case 'COORDINATOR':
      return query.andWhere('family.area = ANY(:areas)', { areas: identity.areas });
    case 'LEAD_WORKER':
      return query.andWhere('family.lead_worker_id = :me', { me: identity.sub });
    case 'PARTNER':
      return identity.agencyId ? query.andWhere(PARTNER_SCOPE, { agency: identity.agencyId }) : query.andWhere('false');
    case 'ANALYST':
      return query;
  }
}
