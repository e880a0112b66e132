import { graphql } from '@hearth/client';

export const OutcomesPlanQuery = graphql(`
  query OutcomesPlan {
    outcomesPlan {
      id
      name
      measures {
        code
        problemCode
        route
        description
        sustainedForWeeks
      }
    }
    headlineProblems(phase: PHASE_2) {
      code
      title
    }
  }
`);
