import type { NominateFamilyInput } from '@hearth/client';
import { EMPTY_DATE, toIsoDate, type DateParts } from '@hearth/ui';

export interface NominationValues {
  fullName: string;
  dateOfBirth: DateParts;
  addressLine: string;
  postcode: string;
  area: string;
  reason: string;
  /** Unanswered until the worker says; never assumed. */
  familyConsentsToSharing: 'yes' | 'no' | '';
  indicatorCodes: string[];
}

export type NominationField = keyof NominationValues;
export type NominationErrors = Partial<Record<NominationField, string>>;

export const EMPTY_NOMINATION: NominationValues = {
  fullName: '',
  dateOfBirth: EMPTY_DATE,
  addressLine: '',
  postcode: '',
  area: '',
  reason: '',
  familyConsentsToSharing: '',
  indicatorCodes: [],
};

// The shape of a UK postcode; the subgraph holds the authoritative check.
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;
export const REASON_MAX_LENGTH = 2000;

/** The GOV.UK way: every problem at once, each message saying what to do. */
export function validateNomination(values: NominationValues, today: string): NominationErrors {
  const errors: NominationErrors = {};
  if (!values.fullName.trim()) errors.fullName = 'Enter the full name of the person you know in the family';
  const dateOfBirth = toIsoDate(values.dateOfBirth);
  if (!dateOfBirth) errors.dateOfBirth = 'Enter their date of birth as a real date, for example 27 3 1985';
  else if (dateOfBirth > today) errors.dateOfBirth = 'Date of birth must be in the past';
  if (!values.addressLine.trim()) errors.addressLine = 'Enter the first line of the family’s address';
  if (!POSTCODE.test(values.postcode.trim())) errors.postcode = 'Enter a real postcode, for example S60 1AE';
  if (!values.area) errors.area = 'Select the area the family lives in';
  if (!values.reason.trim()) errors.reason = 'Enter why your agency is nominating the family';
  else if (values.reason.length > REASON_MAX_LENGTH) errors.reason = `Reason must be ${REASON_MAX_LENGTH} characters or fewer`;
  if (!values.familyConsentsToSharing) errors.familyConsentsToSharing = 'Select whether the family agrees to share its information with your agency';
  if (values.indicatorCodes.length === 0) errors.indicatorCodes = 'Select at least one thing your agency has seen';
  return errors;
}

/** Only called once validateNomination found nothing wrong. */
export function toNominateInput(values: NominationValues): NominateFamilyInput {
  return {
    fullName: values.fullName.trim(),
    dateOfBirth: toIsoDate(values.dateOfBirth)!,
    addressLine: values.addressLine.trim(),
    postcode: values.postcode.trim().toUpperCase(),
    area: values.area,
    reason: values.reason.trim(),
    familyConsentsToSharing: values.familyConsentsToSharing === 'yes',
    indicatorCodes: values.indicatorCodes,
  };
}
