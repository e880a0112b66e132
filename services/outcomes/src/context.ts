import type { SubgraphContext } from '@hearth/subgraph-kit';
import type { OutcomesLoaders } from './loaders.ts';

export type Context = SubgraphContext<OutcomesLoaders>;
