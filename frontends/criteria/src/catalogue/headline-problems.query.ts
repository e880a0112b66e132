import { graphql } from '@hearth/client';

export const HeadlineProblemsQuery = graphql(`
  query HeadlineProblems {
    headlineProblems {
      code
      phase
      title
      indicators {
        code
        description
      }
    }
  }
`);
