import { graphql } from '@hearth/client';

export const AssignLeadWorkerMutation = graphql(`
  mutation AssignLeadWorker($familyId: ID!, $workerId: ID!, $reason: String, $expectedVersion: Int, $confirmEligible: Boolean) {
    assignLeadWorker(familyId: $familyId, workerId: $workerId, reason: $reason, expectedVersion: $expectedVersion, confirmEligible: $confirmEligible) {
      id
      version
      status
      leadWorker {
        id
        name
      }
    }
  }
`);

/** The lead workers of the family's area, each with their caseload against their limit. */
export const LeadWorkerChoicesQuery = graphql(`
  query LeadWorkerChoices($area: String!) {
    caseloadOversight(area: $area) {
      area
      workers {
        ...WorkerCaseloadFields
      }
    }
  }

  fragment WorkerCaseloadFields on WorkerCaseload {
    caseloadCount
    caseloadLimit
    overLimit
    worker {
      id
      name
    }
  }
`);
