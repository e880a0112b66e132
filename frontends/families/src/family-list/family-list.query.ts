import { graphql } from '@hearth/client';

export const FamilyListQuery = graphql(`
  query FamilyList($first: Int!, $after: String) {
    families(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          status
          area
          postcode
          members {
            id
            fullName
          }
          leadWorker {
            id
            name
          }
        }
      }
    }
  }
`);
