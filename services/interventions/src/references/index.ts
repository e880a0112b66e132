import { parseId } from '@hearth/subgraph-kit';

/**
 * Family is owned by the families subgraph; this one only hangs fields on the
 * id it is given, and each field batches through the request's loaders. A
 * malformed id is refused before it can reach SQL.
 */
export const references = {
  Family: {
    __resolveReference: (ref: { id: string }) => ({ id: parseId(ref.id, 'family') }),
  },
};
