import { graphql } from '@hearth/client';

export const FamilyHeadingQuery = graphql(`
  query FamilyHeading($id: ID!) {
    family(id: $id) {
      id
      reference
    }
  }
`);
