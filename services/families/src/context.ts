import type { SubgraphContext } from '@hearth/subgraph-kit';
import type { FamiliesLoaders } from './loaders.ts';

export type Context = SubgraphContext<FamiliesLoaders>;
