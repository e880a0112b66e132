/** Where a family is in the programme, from identification to closure. */
export const FAMILY_STATUSES = [
  'IDENTIFIED',
  'ELIGIBLE',
  'ALLOCATED',
  'ENGAGED',
  'PLAN_ACTIVE',
  'OUTCOME_ACHIEVED',
  'CLOSED',
  'DECLINED',
  'DISENGAGED',
  'STEPPED_DOWN',
  'STEPPED_UP',
] as const;

export type FamilyStatus = (typeof FAMILY_STATUSES)[number];

export const MEMBER_ROLES = ['PARENT_CARER', 'CHILD', 'YOUNG_PERSON', 'OTHER_ADULT'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const AGENCY_TYPES = [
  'COUNCIL',
  'POLICE',
  'FIRE_AND_RESCUE',
  'SCHOOL',
  'HEALTH',
  'JOBCENTRE_PLUS',
  'HOUSING',
  'CHILDRENS_SOCIAL_CARE',
  'YOUTH_OFFENDING',
  'VOLUNTARY_SECTOR',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];
