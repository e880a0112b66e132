import { graphql } from '@hearth/client';

export const InterventionModelsQuery = graphql(`
  query InterventionModels {
    interventionModels {
      code
      number
      name
      description
    }
  }
`);
