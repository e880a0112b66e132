import { graphql } from '@hearth/client';

export const FamilyPickerQuery = graphql(`
  query FamilyPicker {
    families(first: 50) {
      edges {
        node {
          id
          reference
          area
        }
      }
    }
  }
`);
