import { graphql } from '@hearth/client';

export const FamilyProgressQuery = graphql(`
  query FamilyProgress($id: ID!) {
    family(id: $id) {
      id
      outcomeProgress {
        id
        problemCode
        status
        note
        updatedAt
        measure {
          code
          description
          route
        }
      }
    }
    headlineProblems(phase: PHASE_2) {
      code
      title
    }
  }
`);
