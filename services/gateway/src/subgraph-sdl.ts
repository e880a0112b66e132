import type { SubgraphName } from '@hearth/config';
import { subgraphSdl } from '@hearth/subgraph-kit';

/** Each subgraph's SDL, built from its code (no running services needed). */
export async function collectSubgraphSdl(): Promise<Record<SubgraphName, string>> {
  const [{ familiesSubgraph }, { criteriaSubgraph }, { interventionsSubgraph }, { outcomesSubgraph }] = await Promise.all([
    import('@hearth/families'),
    import('@hearth/criteria'),
    import('@hearth/interventions'),
    import('@hearth/outcomes'),
  ]);
  return {
    families: await subgraphSdl(familiesSubgraph),
    criteria: await subgraphSdl(criteriaSubgraph),
    interventions: await subgraphSdl(interventionsSubgraph),
    outcomes: await subgraphSdl(outcomesSubgraph),
  };
}
