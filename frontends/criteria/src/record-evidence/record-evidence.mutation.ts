import { graphql } from '@hearth/client';

export const RecordEvidenceMutation = graphql(`
  mutation RecordEvidence($input: RecordEvidenceInput!) {
    recordEvidence(input: $input) {
      id
      personId
      observedAt
      indicator {
        code
        problemCode
      }
    }
  }
`);
