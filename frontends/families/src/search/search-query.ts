import type { FamilySearchInput, FamilyStatus } from '@hearth/client';
import { fromIsoDate, toIsoDate, type DateParts } from '@hearth/ui';

/** A search as the form holds it. */
export interface SearchValues {
  name: string;
  dateOfBirth: DateParts;
  reference: string;
  postcode: string;
  statuses: FamilyStatus[];
  area: string;
  leadWorkerId: string;
}

/**
 * A search lives in the address (?name=…&status=…&page=…), so it can be
 * bookmarked, shared with a colleague who may see the same families, and
 * gone back to. `page` holds the cursor of every page turned, in order, so
 * "Previous" is exact with cursor paging.
 */
const PARAMS = { name: 'name', dateOfBirth: 'dob', reference: 'reference', postcode: 'postcode', statuses: 'status', area: 'area', leadWorkerId: 'leadWorker', pages: 'page' };

export function valuesFromQuery(search: string): SearchValues {
  const params = new URLSearchParams(search);
  return {
    name: params.get(PARAMS.name) ?? '',
    dateOfBirth: fromIsoDate(params.get(PARAMS.dateOfBirth)),
    reference: params.get(PARAMS.reference) ?? '',
    postcode: params.get(PARAMS.postcode) ?? '',
    statuses: params.getAll(PARAMS.statuses) as FamilyStatus[],
    area: params.get(PARAMS.area) ?? '',
    leadWorkerId: params.get(PARAMS.leadWorkerId) ?? '',
  };
}

/** The address for a search; only what was asked is written, so addresses stay short. */
export function queryFromValues(values: SearchValues, pages: string[] = []): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null) => value?.trim() && params.append(key, value.trim());
  put(PARAMS.name, values.name);
  put(PARAMS.dateOfBirth, toIsoDate(values.dateOfBirth));
  put(PARAMS.reference, values.reference);
  put(PARAMS.postcode, values.postcode);
  for (const status of values.statuses) put(PARAMS.statuses, status);
  put(PARAMS.area, values.area);
  put(PARAMS.leadWorkerId, values.leadWorkerId);
  for (const page of pages) put(PARAMS.pages, page);
  return params.toString();
}

export function pagesFromQuery(search: string): string[] {
  return new URLSearchParams(search).getAll(PARAMS.pages);
}

/** What to ask Hearth, or null when the address asks nothing (a search not yet made). */
export function filterFromValues(values: SearchValues): FamilySearchInput | null {
  const filter: FamilySearchInput = {};
  if (values.name.trim()) filter.name = values.name.trim();
  const dateOfBirth = toIsoDate(values.dateOfBirth);
  if (dateOfBirth) filter.dateOfBirth = dateOfBirth;
  if (values.reference.trim()) filter.reference = values.reference.trim();
  if (values.postcode.trim()) filter.postcode = values.postcode.trim();
  if (values.statuses.length) filter.statuses = values.statuses;
  if (values.area) filter.area = values.area;
  if (values.leadWorkerId) filter.leadWorkerId = values.leadWorkerId;
  return Object.keys(filter).length ? filter : null;
}
