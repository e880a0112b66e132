import { parseId } from '@hearth/subgraph-kit';

/**
 * Family is owned by the families subgraph; here it is only an id to hang
 * progress on. The id is checked so a malformed one is a clear error, not SQL's.
 */
export const references = {
  Family: {
    __resolveReference: (ref: { id: string }) => ({ id: parseId(ref.id, 'family') }),
  },
};
