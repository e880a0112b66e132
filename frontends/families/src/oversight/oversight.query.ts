import { graphql } from '@hearth/client';

export const CaseloadOversightQuery = graphql(`
  query CaseloadOversight($area: String!, $staleAfterWeeks: Int!) {
    caseloadOversight(area: $area, staleAfterWeeks: $staleAfterWeeks) {
      area
      unallocated {
        id
        reference
        status
        version
        createdAt
        leadWorker {
          id
          name
        }
        members {
          id
          fullName
          role
        }
      }
      workers {
        ...WorkerCaseloadFields
      }
      overLimit {
        ...WorkerCaseloadFields
      }
      stale {
        lastContactOn
        weeksSinceContact
        family {
          id
          reference
          status
          leadWorker {
            id
            name
          }
        }
      }
    }
  }
`);
