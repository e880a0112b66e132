/** The gateway's answers for a South Yorkshire Police worker, shaped as the supergraph returns them. */
export const agencyFamilies = (references: string[]) => ({
  families: {
    totalCount: references.length,
    edges: references.map((reference, index) => ({
      node: {
        id: `family-${index}`,
        reference,
        status: 'IDENTIFIED',
        area: 'Rotherham South',
        leadWorker: null,
        nomination: { id: `n-${index}`, nominatedAt: '2026-11-20T10:00:00.000Z', agency: { id: 'syp', name: 'South Yorkshire Police' } },
      },
    })),
  },
});

export const nominationChoices = {
  areas: [{ name: 'Rotherham North' }, { name: 'Rotherham South' }],
  headlineProblems: [
    {
      code: 'DOMESTIC_ABUSE',
      title: 'Domestic abuse',
      indicators: [
        { code: 'DA_POLICE_CALL_OUTS', description: '2 or more police call outs in the previous 6 months, or 1 call out where a child was present' },
        { code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' },
      ],
    },
    {
      code: 'CRIME_ASB',
      title: 'Crime and anti-social behaviour',
      indicators: [{ code: 'CRIME_ASB_INCIDENT', description: 'A member of the household has been involved in a recorded incident of anti-social behaviour' }],
    },
  ],
};
