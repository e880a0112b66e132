import { parseId } from '@hearth/subgraph-kit';
import type { Context } from '../context.ts';

/** How the gateway turns a key from another subgraph into an entity: always through the request's loaders. */
export const references = {
  Family: {
    // Existence and visibility are the families subgraph's to decide; a malformed id is refused before it reaches SQL.
    __resolveReference: (ref: { id: string }) => ({ id: parseId(ref.id, 'family') }),
  },
  HeadlineProblem: {
    __resolveReference: async (ref: { code: string }, ctx: Context) => (await ctx.loaders.catalogue()).problem(ref.code),
  },
  Indicator: {
    __resolveReference: async (ref: { code: string }, ctx: Context) => (await ctx.loaders.catalogue()).indicator(ref.code),
  },
};
