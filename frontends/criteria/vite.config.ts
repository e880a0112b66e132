import { hearthRemote } from '@hearth/federation';

export default hearthRemote({
  name: 'criteria',
  exposes: {
    './HeadlineProblemsCatalogue': './src/catalogue/HeadlineProblemsCatalogue.tsx',
    './FamilyProblems': './src/family-problems/FamilyProblems.tsx',
  },
});
