/** The council's area assemblies; co-ordinators oversee caseloads by area. */
export const AREAS = [
  { name: 'Rotherham North', mostDisadvantaged: true },
  { name: 'Rotherham South', mostDisadvantaged: true },
  { name: 'Wentworth North', mostDisadvantaged: false },
  { name: 'Wentworth South', mostDisadvantaged: true },
  { name: 'Wentworth Valley', mostDisadvantaged: false },
  { name: 'Rother Valley South', mostDisadvantaged: false },
  { name: 'Rother Valley West', mostDisadvantaged: false },
] as const;

export const AREA_NAMES: string[] = AREAS.map((area) => area.name);
