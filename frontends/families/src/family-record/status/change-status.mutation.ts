import { graphql } from '@hearth/client';

export const ChangeFamilyStatusMutation = graphql(`
  mutation ChangeFamilyStatus($input: ChangeFamilyStatusInput!) {
    changeFamilyStatus(input: $input) {
      id
      status
      version
    }
  }
`);
