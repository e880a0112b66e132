import { graphql } from '@hearth/client';

export const AgencyDirectoryQuery = graphql(`
  query AgencyDirectory {
    agencies {
      id
      name
      type
    }
  }
`);

export const AddEngagementMutation = graphql(`
  mutation AddEngagement($input: AddEngagementInput!) {
    addEngagement(input: $input) {
      id
      version
    }
  }
`);

export const EndEngagementMutation = graphql(`
  mutation EndEngagement($input: EndEngagementInput!) {
    endEngagement(input: $input) {
      id
      version
    }
  }
`);
