import { graphql } from '@hearth/client';

export const EndInterventionMutation = graphql(`
  mutation EndIntervention($id: ID!, $status: InterventionStatus!, $endedOn: String!) {
    endIntervention(id: $id, status: $status, endedOn: $endedOn) {
      id
      status
      begun
      endedOn
    }
  }
`);
