/** "FAM-000123", "fam-123", "FAM123" and "123" all name the family FAM-000123. */
const REFERENCE = /^(?:FAM-?)?0*(\d{1,9})$/i;

export function readFamilyReference(text: string): string | null {
  const number = REFERENCE.exec(text.trim())?.[1];
  return number ? `FAM-${number.padStart(6, '0')}` : null;
}
