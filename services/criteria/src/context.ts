import type { SubgraphContext } from '@hearth/subgraph-kit';
import type { CriteriaLoaders } from './loaders.ts';

export type Context = SubgraphContext<CriteriaLoaders>;
