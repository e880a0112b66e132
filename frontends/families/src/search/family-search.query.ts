import { graphql } from '@hearth/client';

export const SearchChoicesQuery = graphql(`
  query SearchChoices {
    areas {
      name
    }
    leadWorkers {
      id
      name
    }
  }
`);

export const SearchFamiliesQuery = graphql(`
  query SearchFamilies($filter: FamilySearchInput!, $first: Int!, $after: String) {
    searchFamilies(filter: $filter, first: $first, after: $after) {
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
