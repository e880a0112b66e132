import type { Role } from '@hearth/client';
import { WITHHELD } from '@hearth/ui';
import type { FamilyRecord } from '../record.ts';

/** Why the address is not shown, so nobody mistakes a withheld address for a missing one. */
export function withheldReason(family: Pick<FamilyRecord, 'restrictions'>, role: Role): string {
  if (family.restrictions.some((marker) => marker.kind === 'DOMESTIC_ABUSE')) {
    return `${WITHHELD}: a domestic abuse marker is in force and does not name your role`;
  }
  if (role === 'ANALYST') return `${WITHHELD}: analysts see pseudonymised records, with the postcode district only`;
  return WITHHELD;
}
