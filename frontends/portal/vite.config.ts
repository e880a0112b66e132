import { hearthHost } from '@hearth/federation';

export default hearthHost({
  name: 'portal',
  consumes: ['families', 'criteria', 'interventions', 'outcomes', 'partner'],
});
