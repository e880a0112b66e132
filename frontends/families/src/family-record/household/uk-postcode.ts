/**
 * The shape of a UK postcode (outward code, then a digit and two letters),
 * spaced or not, in any case. Whether it exists only Royal Mail knows; the
 * shape catches the typing mistakes, and the server checks again.
 */
const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$/;

/** As the worker meant it: capitals, and no stray spaces ("s60  2jh " is "S60 2JH"). */
export function tidyPostcode(text: string): string {
  return text.trim().toUpperCase().replace(/\s+/g, ' ');
}

export function isUkPostcode(text: string): boolean {
  return UK_POSTCODE.test(tidyPostcode(text));
}

/** The same postcode however it was typed: "s63 5bn" is "S63 5BN". */
export function samePostcode(a: string, b: string): boolean {
  const bare = (text: string) => text.toUpperCase().replace(/\s+/g, '');
  return bare(a) === bare(b);
}
