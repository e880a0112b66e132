import { graphql } from '@hearth/client';

export const ProgrammeFiguresQuery = graphql(`
  query ProgrammeFigures {
    programmeFigures {
      totalFamilies
      familiesWithoutLeadWorker
      leadWorkers
      averageCaseload
      byStatus {
        status
        families
      }
      byArea {
        area
        families
      }
      byIdentificationRoute {
        route
        families
      }
      byCohort {
        cohort
        families
      }
    }
  }
`);
