import { isGatewayError } from '@hearth/client';
import type { NominationErrors, NominationField } from './nomination-values.ts';

const FIELDS: NominationField[] = ['fullName', 'dateOfBirth', 'addressLine', 'postcode', 'area', 'reason', 'familyConsentsToSharing', 'indicatorCodes'];

/**
 * What Hearth refused, put against the field it was about where it says so
 * (a BAD_USER_INPUT with a field); anything else is for the whole form.
 */
export function serverErrors(error: unknown): { fields: NominationErrors; general: string | null } {
  if (!isGatewayError(error)) return { fields: {}, general: 'The nomination could not be sent. Try again.' };
  const fields: NominationErrors = {};
  const general: string[] = [];
  for (const detail of error.details) {
    const field = FIELDS.find((name) => name === detail.field);
    if (detail.code === 'BAD_USER_INPUT' && field) fields[field] = detail.message;
    else general.push(detail.code === 'FORBIDDEN' ? `Your account cannot nominate families: ${detail.message}` : detail.message);
  }
  return { fields, general: general.length ? general.join('; ') : null };
}
