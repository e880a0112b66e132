import { graphql } from '@hearth/client';

/** Break glass: asked only with a reason, which Hearth keeps in the audit trail with the reader's name. */
export const RestrictedDetailsQuery = graphql(`
  query RestrictedDetails($familyId: ID!, $reason: String!) {
    restrictedDetails(familyId: $familyId, reason: $reason) {
      id
      kind
      createdAt
      details
    }
  }
`);
