import { defineSubgraph } from '@hearth/subgraph-kit';
import { Evidence, HeadlineProblem, Indicator } from './entities/index.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { references } from './references/index.ts';
import { syncHeadlineProblems } from './reference-data/headline-problems.ts';
import { CatalogueResolver } from './resolvers/catalogue.resolver.ts';
import { FamilyCriteriaAuditResolver } from './resolvers/audit.resolver.ts';
import { FamilyChronologyResolver } from './resolvers/chronology.resolver.ts';
import { EvidenceMutationsResolver } from './resolvers/evidence-mutations.resolver.ts';
import { FamilyCriteriaResolver } from './resolvers/family.resolver.ts';
import { seedDemoEvidence } from './seed/demo.ts';
import { Family } from './types/family.type.ts';

export const criteriaSubgraph = defineSubgraph({
  name: 'criteria',
  resolvers: [CatalogueResolver, FamilyCriteriaResolver, EvidenceMutationsResolver, FamilyChronologyResolver, FamilyCriteriaAuditResolver],
  // Nothing in this subgraph's own queries returns a Family; the gateway reaches it through _entities.
  orphanedTypes: [Family],
  references,
  entities: [HeadlineProblem, Indicator, Evidence],
  migrations,
  referenceData: syncHeadlineProblems,
  demoSeed: seedDemoEvidence,
  loaders: createLoaders,
  // Reads of this subgraph's Family fields are audited in criteria.audit_event, as are its writes.
  audit: { entity: 'Family' },
});
