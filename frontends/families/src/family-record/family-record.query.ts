import { graphql } from '@hearth/client';

/**
 * Everything the families subgraph holds about one family. Case notes and
 * lead workers' caseloads are the council's casework: asked for only by the
 * roles that do it, since Hearth refuses them to partners and analysts.
 */
export const FamilyRecordQuery = graphql(`
  query FamilyRecord($id: ID!, $casework: Boolean!) {
    family(id: $id) {
      id
      reference
      status
      version
      area
      addressLine
      postcode
      identifiedBy
      cohort
      programmePhase
      createdAt
      lastContactOn @include(if: $casework)
      members {
        id
        fullName
        dateOfBirth
        role
        sex
        school
        relationships {
          id
          kind
          personId
          relatedPersonId
          person {
            id
            fullName
          }
          relatedPerson {
            id
            fullName
          }
        }
        householdHistory {
          id
          familyId
          role
          joinedOn
          leftOn
          reason
          family {
            id
            reference
          }
        }
      }
      leadWorker {
        id
        name
        caseloadLimit
        caseloadCount @include(if: $casework)
        agency {
          id
          name
          type
        }
      }
      leadWorkerHistory {
        id
        allocatedOn
        endedOn
        reason
        worker {
          id
          name
        }
      }
      nomination {
        id
        reason
        nominatedAt
        agency {
          id
          name
        }
      }
      allowedNextStatuses
      statusHistory {
        id
        fromStatus
        toStatus
        reason
        changedOn
        changedAt
      }
      engagements {
        id
        capacity
        startedOn
        endedOn
        active
        agency {
          id
          name
          type
        }
      }
      consent {
        ...ConsentRecord
      }
      consentHistory {
        ...ConsentRecord
      }
      restrictions {
        id
        kind
        createdAt
        detailsVisibleToYourRole
      }
      caseNotes @include(if: $casework) {
        id
        kind
        contactOn
        body
        writtenAt
        author {
          id
          name
        }
      }
    }
    areas {
      name
      mostDisadvantaged
    }
  }

  fragment ConsentRecord on Consent {
    id
    status
    scope
    recordedOn
    note
    agencies {
      id
      name
    }
    givenBy {
      id
      fullName
    }
    agreement {
      id
      name
      reference
    }
  }
`);
