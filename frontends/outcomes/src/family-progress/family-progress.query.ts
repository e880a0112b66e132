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
        effectiveOn
        updatedAt
        measure {
          code
          description
          route
        }
        history {
          id
          status
          previousStatus
          note
          effectiveOn
          recordedAt
          recordedBy
          recorder {
            id
            name
          }
        }
      }
    }
    headlineProblems(phase: PHASE_2) {
      code
      title
    }
  }
`);
