import type { ConsentScope, ConsentStatus, RecordConsentInput } from '@hearth/client';
import { type DateParts, EMPTY_DATE, readDay } from '@hearth/ui';

export interface ConsentValues {
  status: ConsentStatus | '';
  givenBy: string;
  agreement: string;
  scope: ConsentScope | '';
  agencies: string[];
  recordedOn: DateParts;
  note: string;
}

export type ConsentField = keyof ConsentValues;

export const EMPTY_CONSENT: ConsentValues = { status: '', givenBy: '', agreement: '', scope: '', agencies: [], recordedOn: EMPTY_DATE, note: '' };

export const CONSENT_SERVER_FIELDS: Partial<Record<string, ConsentField>> = {
  status: 'status',
  givenByPersonId: 'givenBy',
  agreementId: 'agreement',
  scope: 'scope',
  agencyIds: 'agencies',
  recordedOn: 'recordedOn',
  note: 'note',
};

export const STATUS_WORDS: Record<ConsentStatus, string> = {
  GIVEN: 'Given',
  REFUSED: 'Refused',
  WITHDRAWN: 'Withdrawn',
};

/** Only consent that is given covers agencies; a refusal or withdrawal stops every partner seeing the family. */
const coversAgencies = (values: ConsentValues) => values.status === 'GIVEN';

export function validateConsent(values: ConsentValues): Partial<Record<ConsentField, string>> {
  const problems: Partial<Record<ConsentField, string>> = {};
  if (!values.status) problems.status = 'Select whether the family gave, refused or withdrew consent';
  if (!values.givenBy) problems.givenBy = 'Select who in the family made the decision';
  if (!values.agreement) problems.agreement = 'Select the information sharing agreement the decision is under';
  if (coversAgencies(values)) {
    if (!values.scope) problems.scope = 'Select which agencies the consent covers';
    else if (values.scope === 'NAMED_AGENCIES' && values.agencies.length === 0) problems.agencies = 'Select at least one agency the consent covers';
  }
  const recorded = readDay(values.recordedOn, 'the day the family decided', { optional: true });
  if (recorded.problem) problems.recordedOn = recorded.problem;
  if (values.note.length > 2000) problems.note = 'Note must be 2000 characters or fewer';
  return problems;
}

/** Only called once validateConsent found nothing wrong. */
export function toRecordConsentInput(values: ConsentValues, familyId: string, expectedVersion: number): RecordConsentInput {
  const named = coversAgencies(values) && values.scope === 'NAMED_AGENCIES';
  return {
    familyId,
    expectedVersion,
    status: values.status as ConsentStatus,
    givenByPersonId: values.givenBy,
    agreementId: values.agreement,
    scope: named ? 'NAMED_AGENCIES' : 'ALL_ENGAGED_AGENCIES',
    agencyIds: named ? values.agencies : [],
    recordedOn: readDay(values.recordedOn, 'the day the family decided', { optional: true }).day ?? null,
    note: values.note.trim() || null,
  };
}
