import type { Identity } from '@hearth/auth';
import type { AgencyType } from '@hearth/programme';
import { loaderByKey, loaderOfLists } from '@hearth/subgraph-kit';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Agency, Consent, InformationSharingAgreement } from '../entities/index.ts';
import { ENGAGEMENT_ACTIVE } from './engagement.ts';

interface AgencyOf {
  /** The consent or agreement the agency belongs to. */
  ownerId: string;
  agency: Agency;
}

type AgencyRow = { owner_id: string; id: string; name: string; type: AgencyType };

/**
 * Named agencies, or for ALL_ENGAGED_AGENCIES those engaged today, worked out
 * in one statement for every consent on the page, as the partner scope
 * (access/family-scope.ts) works them out.
 */
const AGENCIES_COVERED = `
  SELECT consent.id AS owner_id, agency.id, agency.name, agency.type
  FROM families.consent consent
  JOIN families.agency agency
    ON (consent.scope = 'NAMED_AGENCIES' AND agency.id = ANY(consent.agency_ids))
    OR (consent.scope = 'ALL_ENGAGED_AGENCIES' AND EXISTS (
          SELECT 1 FROM families.engagement engagement
          WHERE engagement.family_id = consent.family_id AND engagement.agency_id = agency.id AND ${ENGAGEMENT_ACTIVE}))
  WHERE consent.id = ANY($1::uuid[])
  ORDER BY agency.name, agency.id`;

const AGREEMENT_PARTIES = `
  SELECT agreement.id AS owner_id, agency.id, agency.name, agency.type
  FROM families.information_sharing_agreement agreement
  JOIN families.agency agency ON agency.id = ANY(agreement.agency_ids)
  WHERE agreement.id = ANY($1::uuid[])
  ORDER BY agency.name, agency.id`;

function agenciesOf(db: DataSource, sql: string) {
  return loaderOfLists(
    async (ownerIds: readonly string[]): Promise<AgencyOf[]> => {
      const rows: AgencyRow[] = await db.query(sql, [ownerIds]);
      return rows.map((row) => ({ ownerId: row.owner_id, agency: db.getRepository(Agency).create({ id: row.id, name: row.name, type: row.type }) }));
    },
    (row) => row.ownerId,
  );
}

export function consentLoaders(db: DataSource, _identity: Identity) {
  return {
    /** Newest first, in the order the partner scope (access/family-scope.ts) takes the one in force. */
    consentsByFamily: loaderOfLists(
      (familyIds: readonly string[]) =>
        db.getRepository(Consent).find({ where: { familyId: In([...familyIds]) }, order: { recordedAt: 'DESC', id: 'DESC' } }),
      (consent) => consent.familyId,
    ),
    agenciesCoveredByConsent: agenciesOf(db, AGENCIES_COVERED),
    agreementById: loaderByKey(
      (ids: readonly string[]) => db.getRepository(InformationSharingAgreement).findBy({ id: In([...ids]) }),
      (agreement) => agreement.id,
    ),
    partiesByAgreement: agenciesOf(db, AGREEMENT_PARTIES),
  };
}
