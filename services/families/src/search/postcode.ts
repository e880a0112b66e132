/**
 * UK postcodes: an outward code (the district, e.g. S60) and an inward code
 * of one digit and two letters (1AE). People type them in any case, with or
 * without the space, so they are compared without either.
 */
const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const OUTWARD_CODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** "s60 1ae" → "S601AE": how postcodes are compared. */
export function compactPostcode(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '');
}

/** "s601ae" → "S60 1AE": how postcodes are written down. */
export function formatPostcode(text: string): string {
  const compact = compactPostcode(text);
  const parts = FULL_POSTCODE.exec(compact);
  return parts ? `${parts[1]} ${parts[2]}` : compact;
}

/** The district part of a postcode ("S60 1AE" → "S60"), or null if it is not a full postcode. */
export function outwardCode(postcode: string): string | null {
  return FULL_POSTCODE.exec(compactPostcode(postcode))?.[1] ?? null;
}

export type PostcodeQuery = { kind: 'FULL'; compact: string } | { kind: 'OUTWARD'; outward: string };

/** A searched-for postcode: a whole one, or just a district; null if it is neither. */
export function readPostcodeQuery(text: string): PostcodeQuery | null {
  const compact = compactPostcode(text);
  if (FULL_POSTCODE.test(compact)) return { kind: 'FULL', compact };
  if (OUTWARD_CODE.test(compact)) return { kind: 'OUTWARD', outward: compact };
  return null;
}
