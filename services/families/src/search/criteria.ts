import type { Identity } from '@hearth/auth';
import type { FamilyStatus } from '@hearth/programme';
import { badInput, forbidden } from '@hearth/subgraph-kit';
import type { FamilySearchInput } from '../inputs/search.inputs.ts';
import { readPostcodeQuery, type PostcodeQuery } from './postcode.ts';
import { readFamilyReference } from './reference.ts';

/** A search, checked and put in the form the query needs. */
export interface FamilySearchCriteria {
  name: string | null;
  dateOfBirth: string | null;
  reference: string | null;
  postcode: PostcodeQuery | null;
  statuses: FamilyStatus[];
  area: string | null;
  leadWorkerId: string | null;
}

/** More words than anyone's name has is a sign of a pasted paragraph, not a name. */
const MAX_NAME_WORDS = 6;

export function readSearchCriteria(input: FamilySearchInput, identity: Identity): FamilySearchCriteria {
  const criteria: FamilySearchCriteria = {
    name: input.name?.trim() || null,
    dateOfBirth: input.dateOfBirth ?? null,
    reference: null,
    postcode: null,
    statuses: [...new Set(input.statuses ?? [])],
    area: input.area?.trim() || null,
    leadWorkerId: input.leadWorkerId?.toLowerCase() ?? null,
  };

  if (!criteria.name && !criteria.dateOfBirth && !input.reference && !input.postcode && criteria.statuses.length === 0 && !criteria.area && !criteria.leadWorkerId) {
    throw badInput('Say what to search for: give a name, dateOfBirth, reference or postcode, or filter by statuses, area or leadWorkerId');
  }
  // Analysts work from pseudonymised records; looking a person up by who they are would undo that.
  if (identity.role === 'ANALYST' && (criteria.name || criteria.dateOfBirth || input.postcode)) {
    throw forbidden('Analysts cannot search by name, date of birth or postcode: analysts see pseudonymised records only');
  }

  if (criteria.name) {
    const words = criteria.name.split(/[^\p{L}'’]+/u).filter((word) => /\p{L}/u.test(word));
    if (words.length === 0) throw badInput('name must contain at least one letter', { field: 'name' });
    if (words.length > MAX_NAME_WORDS) throw badInput(`name has more than ${MAX_NAME_WORDS} words; search by the member’s first name and surname`, { field: 'name' });
  }
  if (input.reference) {
    criteria.reference = readFamilyReference(input.reference);
    if (!criteria.reference) throw badInput(`"${input.reference}" is not a family reference; write it as FAM-000123 or just 123`, { field: 'reference' });
  }
  if (input.postcode) {
    criteria.postcode = readPostcodeQuery(input.postcode);
    if (!criteria.postcode) {
      throw badInput(`"${input.postcode}" is not a postcode; give a full postcode (S60 1AE) or its outward code (S60)`, { field: 'postcode' });
    }
  }
  return criteria;
}
