import { defineSubgraph } from '@hearth/subgraph-kit';
import { Family, OutcomeMeasure, OutcomeProgress, OutcomesPlan, ProgressChange } from './entities/index.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { upsertDefaultOutcomesPlan } from './reference-data/outcomes-plan.ts';
import { references } from './references/index.ts';
import { FamilyOutcomesAuditResolver } from './resolvers/audit.resolver.ts';
import { FamilyChronologyResolver } from './resolvers/chronology.resolver.ts';
import { FamilyProgressResolver } from './resolvers/family-progress.resolver.ts';
import { OutcomeProgressResolver } from './resolvers/outcome-progress.resolver.ts';
import { OutcomesPlanResolver } from './resolvers/outcomes-plan.resolver.ts';
import { ProgressChangeResolver } from './resolvers/progress-change.resolver.ts';
import { RecordProgressResolver } from './resolvers/record-progress.resolver.ts';
import { seedDemoProgress } from './seed/demo.ts';

export const outcomesSubgraph = defineSubgraph({
  name: 'outcomes',
  resolvers: [OutcomesPlanResolver, FamilyProgressResolver, OutcomeProgressResolver, RecordProgressResolver, ProgressChangeResolver, FamilyChronologyResolver, FamilyOutcomesAuditResolver],
  // Family is reached only through _entities, never from Query, so it is named here to stay in the schema.
  orphanedTypes: [Family],
  references,
  entities: [OutcomesPlan, OutcomeMeasure, OutcomeProgress, ProgressChange],
  migrations,
  referenceData: upsertDefaultOutcomesPlan,
  demoSeed: seedDemoProgress,
  loaders: createLoaders,
  // Reads of this subgraph's Family fields are audited in outcomes.audit_event, as are its writes.
  audit: { entity: 'Family' },
});
