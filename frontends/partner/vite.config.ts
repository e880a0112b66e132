import { hearthRemote } from '@hearth/federation';

export default hearthRemote({
  name: 'partner',
  exposes: {
    './PartnerWidget': './src/widget/PartnerWidget.tsx',
    './mount': './src/widget/mount.tsx',
  },
});
