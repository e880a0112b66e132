import { graphql } from '@hearth/client';

export const RecordProgressMutation = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      id
      status
      effectiveOn
      measure {
        code
        description
      }
    }
  }
`);
