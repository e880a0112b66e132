import { graphql } from '@hearth/client';

export const FamilyAuditTrailQuery = graphql(`
  query FamilyAuditTrail($familyId: ID!, $first: Int!, $after: String) {
    auditTrail(familyId: $familyId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorUsername
          actorRole
          action
          operation
          fields
          reason
        }
      }
    }
  }
`);
