import { hearthRemote } from '@hearth/federation';

export default hearthRemote({
  name: 'interventions',
  exposes: {
    './InterventionModels': './src/models/InterventionModels.tsx',
    './FamilyInterventions': './src/family-interventions/FamilyInterventions.tsx',
  },
});
