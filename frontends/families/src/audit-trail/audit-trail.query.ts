import { graphql } from '@hearth/client';

/** The family's trail from all four subgraphs, merged by the families subgraph (at most the newest 200). */
export const FamilyRecordAuditTrailQuery = graphql(`
  query FamilyRecordAuditTrail($familyId: ID!) {
    family(id: $familyId) {
      id
      recordAuditTrail {
        at
        source
        actorUsername
        actorRole
        action
        operation
        fields
        reason
      }
    }
  }
`);
