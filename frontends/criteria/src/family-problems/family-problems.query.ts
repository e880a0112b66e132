import { graphql } from '@hearth/client';

export const FamilyProblemsQuery = graphql(`
  query FamilyProblems($id: ID!) {
    family(id: $id) {
      id
      reference
      eligibility {
        phase2ProblemCount
        eligible
      }
      members {
        id
        fullName
      }
      headlineProblems {
        problem {
          code
          phase
          title
        }
        evidence {
          id
          personId
          source
          observedAt
          indicator {
            code
            description
          }
        }
      }
    }
  }
`);
