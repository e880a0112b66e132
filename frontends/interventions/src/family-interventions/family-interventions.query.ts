import { graphql, type FamilyInterventionsQuery as FamilyInterventionsAnswer } from '@hearth/client';

export const FamilyInterventionsQuery = graphql(`
  query FamilyInterventions($id: ID!) {
    family(id: $id) {
      id
      interventions {
        id
        status
        startedOn
        plannedStartOn
        begun
        endedOn
        model {
          code
          number
          name
        }
        leadAgency {
          id
          name
        }
      }
    }
  }
`);

export type FamilyIntervention = NonNullable<FamilyInterventionsAnswer['family']>['interventions'][number];
