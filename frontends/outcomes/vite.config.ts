import { hearthRemote } from '@hearth/federation';

export default hearthRemote({
  name: 'outcomes',
  exposes: {
    './OutcomesPlan': './src/plan/OutcomesPlan.tsx',
    './FamilyProgress': './src/family-progress/FamilyProgress.tsx',
  },
});
