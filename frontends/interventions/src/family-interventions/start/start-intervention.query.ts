import { graphql } from '@hearth/client';

/** What a worker chooses from: the six models, described so the right one is chosen, and the partner agencies. */
export const StartInterventionChoicesQuery = graphql(`
  query StartInterventionChoices {
    interventionModels {
      code
      number
      name
      description
    }
    agencies {
      id
      name
    }
  }
`);

export const StartInterventionMutation = graphql(`
  mutation StartIntervention($input: StartInterventionInput!) {
    startIntervention(input: $input) {
      id
      status
      startedOn
    }
  }
`);
