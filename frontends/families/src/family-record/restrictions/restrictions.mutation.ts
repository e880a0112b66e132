import { graphql } from '@hearth/client';

export const AddRestrictionMutation = graphql(`
  mutation AddRestriction($input: AddRestrictionInput!) {
    addRestriction(input: $input) {
      id
      version
    }
  }
`);

export const LiftRestrictionMutation = graphql(`
  mutation LiftRestriction($restrictionId: ID!, $reason: String!) {
    liftRestriction(restrictionId: $restrictionId, reason: $reason) {
      id
      version
    }
  }
`);
