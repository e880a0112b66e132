import { hearthRemote } from '@hearth/federation';

export default hearthRemote({
  name: 'families',
  exposes: {
    './FamilyList': './src/family-list/FamilyList.tsx',
    './FamilyOverview': './src/family-record/FamilyOverview.tsx',
    './FamilySearch': './src/search/FamilySearch.tsx',
    './MyCaseload': './src/caseload/MyCaseload.tsx',
    './CaseloadOversight': './src/oversight/CaseloadOversight.tsx',
    './AuditTrail': './src/audit-trail/AuditTrail.tsx',
    './ProgrammeFigures': './src/figures/ProgrammeFigures.tsx',
  },
});
