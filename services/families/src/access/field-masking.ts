import type { Identity } from '@hearth/auth';
import type { Family, Person, Restriction } from '../entities/index.ts';
import { outwardCode } from '../search/postcode.ts';
import { personPseudonym } from './pseudonymise.ts';

/**
 * What each caller may see of a family's fields, decided in this one place
 * (scopeToCaller decides which families; this decides how much of each):
 *
 * - Analysts see pseudonymised records: a person's pseudonym instead of their
 *   name, the year they were born, no school, no address line and only the
 *   district of the postcode.
 * - While a domestic abuse marker is in force, the household's address and
 *   postcode are withheld from every role the marker does not name: the
 *   perpetrator must not learn where the family lives.
 * - A marker's details are shown only through the break-glass read, and only
 *   to roles the marker names (never analysts).
 */

export function fullNameFor(identity: Identity, person: Person): string {
  return identity.role === 'ANALYST' ? personPseudonym(person.id) : person.fullName;
}

export function dateOfBirthFor(identity: Identity, person: Person): string {
  return identity.role === 'ANALYST' ? person.dateOfBirth.slice(0, 4) : person.dateOfBirth;
}

export function schoolFor(identity: Identity, person: Person): string | null {
  return identity.role === 'ANALYST' ? null : person.school;
}

/** The marker that keeps the household's address from this caller, if one does. */
export function addressWithheldBy(identity: Identity, activeRestrictions: Restriction[]): Restriction | undefined {
  return activeRestrictions.find((r) => r.kind === 'DOMESTIC_ABUSE' && r.liftedAt === null && !r.visibleToRoles.includes(identity.role));
}

export function addressLineFor(identity: Identity, family: Family, activeRestrictions: Restriction[]): string | null {
  if (identity.role === 'ANALYST' || addressWithheldBy(identity, activeRestrictions)) return null;
  return family.addressLine;
}

export function postcodeFor(identity: Identity, family: Family, activeRestrictions: Restriction[]): string | null {
  if (addressWithheldBy(identity, activeRestrictions)) return null;
  return identity.role === 'ANALYST' ? outwardCode(family.postcode) : family.postcode;
}

/** Whether the caller's role may read this marker's details (through restrictedDetails, with a reason). */
export function mayReadRestrictionDetails(identity: Identity, restriction: Restriction): boolean {
  return identity.role !== 'ANALYST' && restriction.visibleToRoles.includes(identity.role);
}
