import { defineSubgraph } from '@hearth/subgraph-kit';
import * as entities from './entities/index.ts';
import { createLoaders } from './loaders.ts';
import { migrations } from './migrations/index.ts';
import { references } from './references/index.ts';
import { FamilyMutationsResolver } from './resolvers/family-mutations.resolver.ts';
import { FamilyResolver } from './resolvers/family.resolver.ts';
import { AgencyResolver, WorkerResolver } from './resolvers/worker.resolver.ts';
import { LifecycleResolver } from './resolvers/lifecycle.resolver.ts';
import { NominationResolver } from './resolvers/nomination.resolver.ts';
import { seedDemoFamilies } from './seed/demo.ts';
import { SearchResolver } from './resolvers/search.resolver.ts';
import { HouseholdResolver } from './resolvers/household.resolver.ts';
import { HouseholdMembershipResolver, MembersResolver, RelationshipResolver } from './resolvers/members.resolver.ts';
import { RestrictionsResolver } from './resolvers/restrictions.resolver.ts';
import { FiguresResolver } from './resolvers/figures.resolver.ts';
import { CaseNoteResolver, FamilyCaseNotesResolver } from './resolvers/case-notes.resolver.ts';
import { AllocationResolver, FamilyLeadWorkerHistoryResolver, WorkerCaseloadResolver } from './resolvers/caseload.resolver.ts';
import { OversightResolver } from './resolvers/oversight.resolver.ts';
import { ChronologyResolver } from './resolvers/chronology.resolver.ts';
import { AgencyDirectoryResolver } from './resolvers/agencies.resolver.ts';
import { EngagementResolver, FamilyEngagementResolver } from './resolvers/engagement.resolver.ts';
import { ConsentResolver, FamilyConsentResolver, InformationSharingAgreementResolver } from './resolvers/consent.resolver.ts';
import { AuditTrailResolver } from './resolvers/audit.resolver.ts';
import { RecordAuditTrailResolver } from './resolvers/record-audit-trail.resolver.ts';

export const familiesSubgraph = defineSubgraph({
  name: 'families',
  resolvers: [FamilyResolver, SearchResolver, HouseholdResolver, MembersResolver, RelationshipResolver, HouseholdMembershipResolver, RestrictionsResolver, FiguresResolver, FamilyMutationsResolver, LifecycleResolver, NominationResolver, WorkerResolver, AgencyResolver, AgencyDirectoryResolver, EngagementResolver, FamilyEngagementResolver, ConsentResolver, FamilyConsentResolver, InformationSharingAgreementResolver, AuditTrailResolver, FamilyCaseNotesResolver, CaseNoteResolver, FamilyLeadWorkerHistoryResolver, AllocationResolver, WorkerCaseloadResolver, OversightResolver, ChronologyResolver, RecordAuditTrailResolver],
  references,
  entities: Object.values(entities),
  migrations,
  demoSeed: seedDemoFamilies,
  loaders: createLoaders,
  audit: { entity: 'Family' },
});
