import { graphql } from '@hearth/client';

export const BeginInterventionMutation = graphql(`
  mutation BeginIntervention($id: ID!, $startedOn: String!) {
    beginIntervention(id: $id, startedOn: $startedOn) {
      id
      status
      startedOn
    }
  }
`);
