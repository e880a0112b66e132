import type { SubgraphContext } from '@hearth/subgraph-kit';
import type { InterventionsLoaders } from './loaders.ts';

export type Context = SubgraphContext<InterventionsLoaders>;
