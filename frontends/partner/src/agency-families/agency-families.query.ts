import { graphql } from '@hearth/client';

export const AgencyFamiliesQuery = graphql(`
  query AgencyFamilies {
    families(first: 20) {
      totalCount
      edges {
        node {
          id
          reference
          status
          area
          leadWorker {
            id
            name
          }
          nomination {
            id
            nominatedAt
            agency {
              id
              name
            }
          }
        }
      }
    }
  }
`);
