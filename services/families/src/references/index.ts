import { isUuid } from '@hearth/subgraph-kit';
import type { Context } from '../context.ts';
import { withRequiredEvents } from '../chronology/required-events.ts';

/** How the gateway turns `{ id }` from another subgraph into a whole entity: always through the request's loaders. */
export const references = {
  Family: {
    // The representation also carries any fields this subgraph @requires (the chronology's events from other subgraphs).
    __resolveReference: async (ref: { id: string } & Record<string, unknown>, ctx: Context) => withRequiredEvents(await ctx.loaders.familyById.load(ref.id), ref),
  },
  Agency: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.agencyById.load(ref.id),
  },
  // Names are open to every role (the directory of lead workers is); an id that is no worker's resolves to nothing.
  Worker: {
    __resolveReference: (ref: { id: string }, ctx: Context) => (isUuid(ref.id) ? ctx.loaders.workerById.load(ref.id.toLowerCase()) : null),
  },
};
