import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;
const leadWorker = demoIdentity('sarah.ahmed')!;

const SEARCH = `query($filter: FamilySearchInput!, $first: Int, $after: String) {
  searchFamilies(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id reference status area postcode leadWorker { id } members { fullName dateOfBirth } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Found {
  totalCount: number;
  edges: { cursor: string; node: { id: string; reference: string; status: string; area: string; postcode: string; leadWorker: { id: string } | null; members: { fullName: string; dateOfBirth: string }[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function search(filter: Record<string, unknown>, options: { first?: number; after?: string | null; identity?: typeof manager } = {}) {
  const result = await postGraphQL<{ searchFamilies: Found }>(subgraph.url, SEARCH, { filter, first: options.first ?? 100, after: options.after ?? null }, { identity: options.identity ?? manager });
  return result;
}

async function found(filter: Record<string, unknown>, options: { first?: number; identity?: typeof manager } = {}): Promise<Found> {
  const result = await search(filter, options);
  expect(result.errors).toBeUndefined();
  return result.data!.searchFamilies;
}

/** Every page of a search, following the cursors. */
async function allPages(filter: Record<string, unknown>, first: number, between: () => Promise<void> = async () => {}) {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result = await search(filter, { first, after });
    expect(result.errors).toBeUndefined();
    const connection: Found = result.data!.searchFamilies;
    seen.push(...connection.edges.map((edge) => edge.node.reference));
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
    await between();
  }
  throw new Error('paging never ended');
}

async function createFamily(members: { fullName: string; dateOfBirth: string; role?: string }[], household: { area?: string; postcode?: string } = {}) {
  const result = await postGraphQL(
    subgraph.url,
    `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id reference } }`,
    {
      input: {
        addressLine: '7 Test Row',
        postcode: household.postcode ?? 'S65 1AA',
        area: household.area ?? 'Rotherham North',
        identifiedBy: 'DATA_MATCHING',
        members: members.map((m) => ({ role: 'PARENT_CARER', ...m })),
      },
    },
    { identity: coordinator },
  );
  expect(result.errors).toBeUndefined();
  return (result.data as any).createFamily as { id: string; reference: string };
}

const compact = (postcode: string) => postcode.replace(/\s/g, '').toUpperCase();

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('searching by name', () => {
  let jonSmyth: { id: string; reference: string };
  let johnSmith: { id: string; reference: string };

  beforeAll(async () => {
    jonSmyth = await createFamily([{ fullName: 'Jon Smyth', dateOfBirth: '1979-03-12' }, { fullName: 'Kayden Smyth', dateOfBirth: '2014-06-01', role: 'CHILD' }]);
    johnSmith = await createFamily([{ fullName: 'John Smith', dateOfBirth: '1981-07-30' }]);
  });

  it('finds "Jon Smyth" for "John Smith", after the exact match', async () => {
    const references = (await found({ name: 'John Smith' })).edges.map((edge) => edge.node.reference);
    expect(references).toContain(jonSmyth.reference);
    expect(references[0]).toBe(johnSmith.reference);
    expect(references.indexOf(jonSmyth.reference)).toBeGreaterThan(0);
  });

  it('ignores case, punctuation and word order, and finds initials and the start of a name', async () => {
    for (const name of ['SMITH, john', 'smyth jon', 'J Smyth', 'Kay Smyth', 'Jonathan Smyth', 'Kayden']) {
      const references = (await found({ name })).edges.map((edge) => edge.node.reference);
      expect(references, name).toContain(name.startsWith('SMITH') ? johnSmith.reference : jonSmyth.reference);
    }
  });

  it('needs every word typed to match a word of one member’s name', async () => {
    // Kayden and Jon are both Smyths, but no one member is "Kayden Jon".
    expect((await found({ name: 'Kayden Jon' })).edges.map((edge) => edge.node.id)).not.toContain(jonSmyth.id);
    expect((await found({ name: 'John Smith Xylophone' })).totalCount).toBe(0);
  });

  it('does not match names that merely share letters', async () => {
    const references = (await found({ name: 'Joan Smart' })).edges.map((edge) => edge.node.reference);
    expect(references).not.toContain(jonSmyth.reference);
    expect(references).not.toContain(johnSmith.reference);
  });

  it('with a date of birth, the same member must have both', async () => {
    expect((await found({ name: 'John Smith', dateOfBirth: '1979-03-12' })).edges.map((edge) => edge.node.id)).toEqual([jonSmyth.id]);
    // Kayden Smyth lives with Jon but was born on another day.
    expect((await found({ name: 'Kayden Smyth', dateOfBirth: '1979-03-12' })).totalCount).toBe(0);
  });

  it('finds someone by a name they were given after they were recorded', async () => {
    const family = await createFamily([{ fullName: 'Chantelle Oakes', dateOfBirth: '1995-10-10' }]);
    const person = (await subgraph.db.query(`SELECT id FROM families.person WHERE family_id = $1`, [family.id]))[0].id;
    const renamed = await postGraphQL(
      subgraph.url,
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { fullName } }`,
      { input: { personId: person, expectedVersion: 1, fullName: 'Chantelle Quixley' } },
      { identity: coordinator },
    );
    expect(renamed.errors).toBeUndefined();
    expect((await found({ name: 'Chantelle Quixly' })).edges.map((edge) => edge.node.id)).toEqual([family.id]);
    expect((await found({ name: 'Chantelle Oakes' })).totalCount).toBe(0);
  });

  it('refuses a name with no letters in it', async () => {
    const result = await search({ name: '12 34' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'name' } });
  });
});

describe('searching by date of birth, reference and postcode', () => {
  it('finds every family with a member born on the day, and only those', async () => {
    const member = demoFamilies()[41]!.members[0]!;
    const expected = demoFamilies().filter((f) => f.members.some((m) => m.dateOfBirth === member.dateOfBirth)).map((f) => f.reference);
    const result = await found({ dateOfBirth: member.dateOfBirth });
    expect(result.edges.map((edge) => edge.node.reference).sort()).toEqual(expected.sort());
    for (const edge of result.edges) expect(edge.node.members.map((m) => m.dateOfBirth)).toContain(member.dateOfBirth);
  });

  it('finds a family by its reference or just the number', async () => {
    for (const reference of ['FAM-000123', 'fam-000123', 'FAM123', '123', '000123']) {
      expect((await found({ reference })).edges.map((edge) => edge.node.reference), reference).toEqual(['FAM-000123']);
    }
    expect((await found({ reference: '99999' })).totalCount).toBe(0);
    const bad = await search({ reference: 'ABC-1' });
    expect(bad.errors?.[0]).toMatchObject({ message: expect.stringContaining('FAM-000123'), extensions: { code: 'BAD_USER_INPUT', field: 'reference' } });
  });

  it('finds a postcode typed in any case, with or without its space', async () => {
    const family = demoFamilies()[17]!;
    const expected = demoFamilies().filter((f) => compact(f.postcode) === compact(family.postcode)).map((f) => f.reference).sort();
    for (const typed of [family.postcode, family.postcode.toLowerCase(), compact(family.postcode), ` ${family.postcode.replace(' ', '  ')} `]) {
      expect((await found({ postcode: typed })).edges.map((edge) => edge.node.reference).sort(), typed).toEqual(expected);
    }
  });

  it('finds a whole district by its outward code', async () => {
    const inS60 = demoFamilies().filter((f) => f.postcode.startsWith('S60 ')).map((f) => f.reference).sort();
    expect(inS60.length).toBeGreaterThan(0);
    const result = await found({ postcode: 's60' }, { first: 100 });
    expect(result.totalCount).toBe(inS60.length);
    expect(result.edges.map((edge) => edge.node.reference).sort()).toEqual(inS60.slice(0, 100));
    // S6 is a district of its own, not the start of S60, S61…
    for (const edge of (await found({ postcode: 'S6' })).edges) expect(edge.node.postcode).toMatch(/^S6 /);
  });

  it('refuses what is not a postcode', async () => {
    const result = await search({ postcode: 'NOT ONE' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'postcode' } });
  });
});

describe('filters', () => {
  it('narrows by any of several statuses and an area', async () => {
    const statuses = ['ENGAGED', 'PLAN_ACTIVE'];
    const expected = demoFamilies().filter((f) => statuses.includes(f.status) && f.area === 'Rotherham South');
    const result = await found({ statuses, area: 'Rotherham South' });
    expect(result.totalCount).toBe(expected.length);
    for (const edge of result.edges) {
      expect(statuses).toContain(edge.node.status);
      expect(edge.node.area).toBe('Rotherham South');
    }
  });

  it('narrows by lead worker, and combines filters with what is searched for', async () => {
    const led = demoFamilies().filter((f) => f.leadWorkerId === leadWorker.sub);
    const result = await found({ leadWorkerId: leadWorker.sub });
    expect(result.edges.map((edge) => edge.node.reference).sort()).toEqual(led.map((f) => f.reference).sort());
    const one = led[0]!;
    const surname = one.members[0]!.fullName.split(' ').at(-1)!;
    const combined = await found({ name: surname, leadWorkerId: leadWorker.sub });
    expect(combined.edges.map((edge) => edge.node.reference)).toContain(one.reference);
    for (const edge of combined.edges) expect(edge.node.leadWorker?.id).toBe(leadWorker.sub);
  });

  it('refuses a search with nothing to search for', async () => {
    for (const filter of [{}, { statuses: [] }, { name: null }]) {
      const result = await search(filter);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('Say what to search for'), extensions: { code: 'BAD_USER_INPUT' } });
    }
    const blank = await search({ name: '   ' });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('scope', () => {
  it('a lead worker’s search never returns a family someone else leads', async () => {
    const others = demoFamilies().find((f) => f.leadWorkerId && f.leadWorkerId !== leadWorker.sub)!;
    const name = others.members[0]!.fullName;
    const asManager = (await found({ name })).edges.map((edge) => edge.node.id);
    expect(asManager).toContain(others.id);
    const asLeadWorker = await found({ name }, { identity: leadWorker });
    expect(asLeadWorker.edges.map((edge) => edge.node.id)).not.toContain(others.id);
    const byStatus = await found({ statuses: ['ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'CLOSED'] }, { identity: leadWorker });
    expect(byStatus.totalCount).toBeGreaterThan(0);
    for (const edge of byStatus.edges) expect(edge.node.leadWorker?.id).toBe(leadWorker.sub);
  });

  it('a co-ordinator finds only families in their areas', async () => {
    const result = await found({ statuses: ['IDENTIFIED'] }, { identity: coordinator });
    const expected = demoFamilies().filter((f) => f.status === 'IDENTIFIED' && coordinator.areas.includes(f.area)).length;
    // Plus the families this file created, all in Rotherham North.
    expect(result.totalCount).toBeGreaterThanOrEqual(expected);
    for (const edge of result.edges) expect(coordinator.areas).toContain(edge.node.area);
  });

  it('a partner with no agency finds nothing', async () => {
    expect((await found({ reference: '1' }, { identity: testIdentity('PARTNER') })).totalCount).toBe(0);
  });
});

describe('paging', () => {
  it('is stable while families are added: nothing repeated, nothing that was there skipped', async () => {
    const names = ['Wilf Pennock', 'Wilf Penock', 'Wilfred Pennock', 'W Pennock', 'Wilf Pennocks', 'Wilf Pennock'];
    for (const fullName of names) await createFamily([{ fullName, dateOfBirth: '1990-01-01' }]);
    const before = (await found({ name: 'Wilf Pennock' })).edges.map((edge) => edge.node.reference);
    expect(before).toHaveLength(names.length);

    let added = 0;
    const seen = await allPages({ name: 'Wilf Pennock' }, 2, async () => {
      // Between pages, matching families arrive: exact ones (sorting among those already passed) and close ones.
      await createFamily([{ fullName: added % 2 === 0 ? 'Wilf Pennock' : 'Wilf Pennoch', dateOfBirth: '1991-01-01' }]);
      added += 1;
    });
    expect(new Set(seen).size).toBe(seen.length);
    for (const reference of before) expect(seen).toContain(reference);
    expect(added).toBeGreaterThan(1);
  });

  it('orders by match quality, then reference, and hands out opaque cursors', async () => {
    const page = await found({ name: 'Wilf Pennock' }, { first: 3 });
    expect(page.edges[0]!.cursor).not.toContain('FAM-');
    const next = await search({ name: 'Wilf Pennock' }, { first: 3, after: page.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data!.searchFamilies.edges.map((e) => e.node.reference)).not.toContain(page.edges[2]!.node.reference);
    const bad = await search({ name: 'Wilf Pennock' }, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a page in one statement and its count in another, however many families and members are on it', async () => {
    const before = subgraph.statements.count;
    const result = await found({ postcode: 'S60' }, { first: 50 });
    expect(result.edges.length).toBeGreaterThan(10);
    const statements = subgraph.statements.recent.slice(-(subgraph.statements.count - before));
    // Page, count, members, the restricted markers (for the address), lead workers, and the audit trail.
    expect(statements.filter((sql) => /^\s*SELECT/i.test(sql))).toHaveLength(5);
    expect(statements.filter((sql) => /INSERT INTO "?families"?\.audit_event/i.test(sql))).toHaveLength(1);
  });

  it('refuses a page size out of range', async () => {
    const result = await search({ reference: '1' }, { first: 0 });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
