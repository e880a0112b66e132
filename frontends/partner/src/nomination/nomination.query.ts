import { graphql } from '@hearth/client';

/** What the nomination form offers: the council's areas and the Phase 2 indicators. */
export const NominationChoicesQuery = graphql(`
  query NominationChoices {
    areas {
      name
    }
    headlineProblems(phase: PHASE_2) {
      code
      title
      indicators {
        code
        description
      }
    }
  }
`);

export const NominateFamilyMutation = graphql(`
  mutation NominateFamily($input: NominateFamilyInput!) {
    nominateFamily(input: $input) {
      id
      reference
    }
  }
`);
