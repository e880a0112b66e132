import { defineSubgraph } from '@hearth/subgraph-kit';
import { Family, Intervention, InterventionModel } from './entities/index.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { upsertInterventionModels } from './reference-data/intervention-models.ts';
import { references } from './references/index.ts';
import { FamilyInterventionsAuditResolver } from './resolvers/audit.resolver.ts';
import { FamilyChronologyResolver } from './resolvers/chronology.resolver.ts';
import { FamilyInterventionsResolver } from './resolvers/family-interventions.resolver.ts';
import { InterventionModelResolver } from './resolvers/intervention-model.resolver.ts';
import { InterventionMutationsResolver } from './resolvers/intervention-mutations.resolver.ts';
import { InterventionResolver } from './resolvers/intervention.resolver.ts';
import { seedDemoInterventions } from './seed/demo.ts';

export const interventionsSubgraph = defineSubgraph({
  name: 'interventions',
  resolvers: [InterventionModelResolver, InterventionResolver, FamilyInterventionsResolver, InterventionMutationsResolver, FamilyChronologyResolver, FamilyInterventionsAuditResolver],
  // Family is reached only through _entities, never from a root field, so it must be named here to be in the schema.
  orphanedTypes: [Family],
  references,
  entities: [InterventionModel, Intervention],
  migrations,
  referenceData: upsertInterventionModels,
  demoSeed: seedDemoInterventions,
  loaders: createLoaders,
  // Reads of this subgraph's Family fields are audited in interventions.audit_event, as are its writes.
  audit: { entity: 'Family' },
});
