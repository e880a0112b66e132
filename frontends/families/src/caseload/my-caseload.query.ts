import { graphql } from '@hearth/client';

export const MyCaseloadQuery = graphql(`
  query MyCaseload {
    myCaseload {
      lastContactOn
      weeksSinceContact
      nextSteps
      family {
        id
        reference
        status
        area
        members {
          id
          fullName
          role
        }
      }
    }
  }
`);
