import { graphql } from '@hearth/client';

export const SetCaseloadLimitMutation = graphql(`
  mutation SetCaseloadLimit($workerId: ID!, $limit: Int!) {
    setCaseloadLimit(workerId: $workerId, limit: $limit) {
      id
      name
      caseloadLimit
      caseloadCount
      overLimit
    }
  }
`);
