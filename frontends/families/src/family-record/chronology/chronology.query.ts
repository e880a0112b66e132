import { graphql } from '@hearth/client';

/** Asked apart from the record: it gathers from all four subgraphs, and one being down should cost only this section. */
export const FamilyChronologyQuery = graphql(`
  query FamilyChronology($id: ID!) {
    family(id: $id) {
      id
      chronology {
        at
        kind
        summary
        source
      }
    }
  }
`);
