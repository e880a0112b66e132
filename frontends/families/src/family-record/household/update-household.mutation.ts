import { graphql } from '@hearth/client';

export const UpdateHouseholdMutation = graphql(`
  mutation UpdateHousehold($input: UpdateHouseholdInput!) {
    updateHousehold(input: $input) {
      id
      version
    }
  }
`);
