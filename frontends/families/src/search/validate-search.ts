import type { Role } from '@hearth/client';
import { isEmptyDate, todayInUk, toIsoDate } from '@hearth/ui';
import { filterFromValues, type SearchValues } from './search-query.ts';

export type SearchField = 'name' | 'dateOfBirth' | 'reference' | 'postcode' | 'statuses' | 'area' | 'leadWorkerId';

// The shapes Hearth accepts; the subgraph holds the authoritative checks.
const POSTCODE_OR_DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?(\s*\d[A-Z]{2})?$/i;
const REFERENCE = /^(FAM-?)?\d{1,6}$/i;

/** Analysts work from pseudonymised records: looking someone up by who they are would undo that. */
export const searchesByPerson = (role: Role) => role !== 'ANALYST';

export function validateSearch(values: SearchValues, role: Role, today = todayInUk()): Partial<Record<SearchField, string>> {
  const problems: Partial<Record<SearchField, string>> = {};
  if (!isEmptyDate(values.dateOfBirth)) {
    const dateOfBirth = toIsoDate(values.dateOfBirth);
    if (!dateOfBirth) problems.dateOfBirth = 'Date of birth must be a real date, for example 27 3 1985';
    else if (dateOfBirth > today) problems.dateOfBirth = 'Date of birth must be in the past';
  }
  if (values.name.trim() && !/\p{L}/u.test(values.name)) problems.name = 'Name must contain at least one letter';
  else if (values.name.length > 200) problems.name = 'Name must be 200 characters or fewer';
  if (values.reference.trim() && !REFERENCE.test(values.reference.trim())) problems.reference = 'Enter a family reference like FAM-000123, or just its number';
  if (values.postcode.trim() && !POSTCODE_OR_DISTRICT.test(values.postcode.trim())) problems.postcode = 'Enter a full postcode, like S60 1AE, or its first half, like S60';
  if (Object.keys(problems).length === 0 && !filterFromValues(values)) {
    if (searchesByPerson(role)) problems.name = 'Enter a name, date of birth, reference or postcode, or choose a status, area or lead worker';
    else problems.reference = 'Enter a reference, or choose a status, area or lead worker';
  }
  return problems;
}
