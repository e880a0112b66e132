import type { ProgrammePhase, UpdateHouseholdInput } from '@hearth/client';
import type { FamilyRecord } from '../record.ts';
import { isUkPostcode, samePostcode, tidyPostcode } from './uk-postcode.ts';

export interface HouseholdValues {
  addressLine: string;
  postcode: string;
  area: string;
  cohort: string;
  programmePhase: ProgrammePhase | '';
}

export type HouseholdField = keyof HouseholdValues;

/** The API's names for the fields are the form's own. */
export const HOUSEHOLD_SERVER_FIELDS: Partial<Record<string, HouseholdField>> = {
  addressLine: 'addressLine',
  postcode: 'postcode',
  area: 'area',
  cohort: 'cohort',
  programmePhase: 'programmePhase',
};

const ADDRESS_MAX_LENGTH = 200;
const COHORT_MAX_LENGTH = 100;

type Household = Pick<FamilyRecord, 'addressLine' | 'postcode' | 'area' | 'cohort' | 'programmePhase'>;

/** The form starts from the household as it is, so the worker changes only what has changed. */
export function householdValues(family: Household): HouseholdValues {
  return {
    addressLine: family.addressLine ?? '',
    postcode: family.postcode ?? '',
    area: family.area,
    cohort: family.cohort ?? '',
    programmePhase: family.programmePhase,
  };
}

/** A domestic abuse marker that does not name the worker's role keeps the address from them, and with it the changing of it. */
export const addressWithheld = (family: Household) => family.addressLine === null || family.postcode === null;

/**
 * Only what differs from the household as last loaded is sent: what the
 * worker left alone stays as it is, even if someone else changes it.
 */
export function householdChanges(values: HouseholdValues, family: Household): Omit<UpdateHouseholdInput, 'familyId' | 'expectedVersion'> {
  const changes: Omit<UpdateHouseholdInput, 'familyId' | 'expectedVersion'> = {};
  if (!addressWithheld(family)) {
    if (values.addressLine.trim() !== family.addressLine) changes.addressLine = values.addressLine.trim();
    if (!samePostcode(values.postcode, family.postcode ?? '')) changes.postcode = tidyPostcode(values.postcode);
  }
  if (values.area !== family.area) changes.area = values.area;
  if (values.cohort.trim() !== (family.cohort ?? '')) changes.cohort = values.cohort.trim() || null;
  if (values.programmePhase && values.programmePhase !== family.programmePhase) changes.programmePhase = values.programmePhase;
  return changes;
}

export function validateHousehold(values: HouseholdValues, family: Household): Partial<Record<HouseholdField, string>> {
  const problems: Partial<Record<HouseholdField, string>> = {};
  if (!addressWithheld(family)) {
    if (!values.addressLine.trim()) problems.addressLine = 'Enter the first line of the address';
    else if (values.addressLine.length > ADDRESS_MAX_LENGTH) problems.addressLine = `Address must be ${ADDRESS_MAX_LENGTH} characters or fewer`;
    if (!values.postcode.trim()) problems.postcode = 'Enter the postcode';
    else if (!isUkPostcode(values.postcode)) problems.postcode = 'Enter a real UK postcode, like S60 1AE';
  }
  if (!values.area) problems.area = 'Select the area the household lives in';
  if (values.cohort.length > COHORT_MAX_LENGTH) problems.cohort = `Cohort must be ${COHORT_MAX_LENGTH} characters or fewer`;
  if (!values.programmePhase) problems.programmePhase = 'Select the programme phase';
  if (Object.keys(problems).length === 0 && Object.keys(householdChanges(values, family)).length === 0) {
    problems[addressWithheld(family) ? 'area' : 'addressLine'] = 'You have not changed any of the household’s details: change one, or cancel';
  }
  return problems;
}
