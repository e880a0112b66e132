/**
 * The shape of a UK postcode (outward code, then a digit and two letters),
 * spaced or not, in any case. Whether it exists only Royal Mail knows; the
 * shape catches the typing mistakes, and the server checks again.
 */
const UK_POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$/;

export function isUkPostcode(text: string): boolean {
  return UK_POSTCODE.test(text.trim().toUpperCase().replace(/\s+/g, ' '));
}

/** The same postcode however it was typed: "s63 5bn" is "S63 5BN". */
export function samePostcode(a: string, b: string): boolean {
  const bare = (text: string) => text.toUpperCase().replace(/\s+/g, '');
  return bare(a) === bare(b);
}
