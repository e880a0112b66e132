import { describe, expect, it } from 'vitest';
import { loaderByKey, loaderOfLists } from '../src/loaders.ts';

describe('per-request loaders', () => {
  it('fetch every key asked for in one tick with one call, in the order asked', async () => {
    const calls: (readonly string[])[] = [];
    const loader = loaderByKey(
      async (keys: readonly string[]) => {
        calls.push(keys);
        return keys.filter((k) => k !== 'missing').map((k) => ({ id: k, name: k.toUpperCase() }));
      },
      (row) => row.id,
    );
    const results = await Promise.all(['b', 'a', 'missing', 'b'].map((k) => loader.load(k)));
    expect(calls).toEqual([['b', 'a', 'missing']]);
    expect(results).toEqual([{ id: 'b', name: 'B' }, { id: 'a', name: 'A' }, null, { id: 'b', name: 'B' }]);
  });

  it('group rows per key, with an empty list for keys that have none', async () => {
    const loader = loaderOfLists(
      async () => [
        { familyId: 'f1', n: 1 },
        { familyId: 'f2', n: 2 },
        { familyId: 'f1', n: 3 },
      ],
      (row) => row.familyId,
    );
    expect(await Promise.all(['f1', 'f2', 'f3'].map((k) => loader.load(k)))).toEqual([
      [{ familyId: 'f1', n: 1 }, { familyId: 'f1', n: 3 }],
      [{ familyId: 'f2', n: 2 }],
      [],
    ]);
  });
});
