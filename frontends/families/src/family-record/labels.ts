import type { AgencyType, ProgrammePhase, RestrictionKind } from '@hearth/client';

/** The programme's own names for its phases. */
export const PHASE_NAMES: Record<ProgrammePhase, string> = {
  PHASE_1: 'Troubled Families phase 1 (2012 to 2015)',
  PHASE_2: 'Troubled Families phase 2 (2015 to 2020)',
  SUPPORTING_FAMILIES: 'Supporting Families (2022 onwards)',
};

export const RESTRICTION_NAMES: Record<RestrictionKind, string> = {
  DOMESTIC_ABUSE: 'Domestic abuse',
  CSE_RISK: 'Risk of child sexual exploitation',
  CHILD_PROTECTION: 'Child protection',
  STAFF_SAFETY: 'Staff safety',
};

/** "Sarah Ahmed, Priya Patel and Helen Carter" */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Agency types as the partnership names them (humanise would lose "Jobcentre Plus" and the apostrophe). */
export const AGENCY_TYPE_NAMES: Record<AgencyType, string> = {
  COUNCIL: 'Council',
  POLICE: 'Police',
  FIRE_AND_RESCUE: 'Fire and rescue',
  SCHOOL: 'School',
  HEALTH: 'Health',
  JOBCENTRE_PLUS: 'Jobcentre Plus',
  HOUSING: 'Housing',
  CHILDRENS_SOCIAL_CARE: 'Children’s social care',
  YOUTH_OFFENDING: 'Youth offending',
  VOLUNTARY_SECTOR: 'Voluntary sector',
};
