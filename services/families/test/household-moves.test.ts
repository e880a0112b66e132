import { demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const coordinator = demoIdentity('priya.patel')!;

type Identity = typeof manager;
const ask = (query: string, variables: Record<string, unknown> = {}, identity: Identity = manager) => postGraphQL<any>(subgraph.url, query, variables, { identity });

async function createFamily(area: string, members: { fullName: string; dateOfBirth: string; role: string }[]) {
  const result = await ask(`mutation($input: CreateFamilyInput!) { createFamily(input: $input) { id reference version members { id fullName } } }`, {
    input: { addressLine: '9 Station Road', postcode: 'S63 6AB', area, identifiedBy: 'DATA_MATCHING', members },
  });
  expect(result.errors).toBeUndefined();
  return result.data.createFamily as { id: string; reference: string; version: number; members: { id: string; fullName: string }[] };
}

const MOVE = `mutation($input: MovePersonInput!) { movePerson(input: $input) { id householdHistory { familyId leftOn } } }`;
const moveInput = (personId: string, to: { id: string; version: number }) => ({
  personId,
  toFamilyId: to.id,
  expectedVersion: to.version,
  role: 'OTHER_ADULT',
  reason: 'Moved in with relatives',
  movedOn: new Date().toISOString().slice(0, 10),
});

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('moving people between households', () => {
  it('settles two moves that cross (A to B while B to A) with one CONFLICT, never a deadlock, and writes nothing for the refused one', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createFamily('Rotherham North', [{ fullName: `Dean Walsh ${round}`, dateOfBirth: '1990-05-05', role: 'PARENT_CARER' }]);
      const b = await createFamily('Rotherham South', [{ fullName: `Shannon Walsh ${round}`, dateOfBirth: '1992-06-06', role: 'PARENT_CARER' }]);
      const dean = a.members[0]!.id;
      const shannon = b.members[0]!.id;
      const results = await Promise.all([ask(MOVE, { input: moveInput(dean, b) }), ask(MOVE, { input: moveInput(shannon, a) })]);
      // Each move changes both households, so whichever goes second finds its destination changed since it was read.
      const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const movedId = results[0]!.errors ? shannon : dean;
      const stayedId = movedId === dean ? shannon : dean;
      const homes = await subgraph.db.query(`SELECT id, family_id FROM families.person WHERE id = ANY($1::uuid[])`, [[dean, shannon]]);
      const homeOf = (id: string) => homes.find((row: { id: string }) => row.id === id).family_id;
      expect(homeOf(movedId)).toBe(movedId === dean ? b.id : a.id);
      expect(homeOf(stayedId)).toBe(stayedId === dean ? a.id : b.id);
      const spells = await subgraph.db.query(`SELECT count(*)::int AS n FROM families.household_membership WHERE person_id = $1`, [stayedId]);
      expect(spells[0].n).toBe(1);
    }
  });

  it('does not name a household the caller may not see in a person’s history, not even by id', async () => {
    const away = await createFamily('Wentworth North', [{ fullName: 'Tyler Grant', dateOfBirth: '2008-09-09', role: 'YOUNG_PERSON' }]);
    const here = await createFamily('Rotherham North', [{ fullName: 'Karen Grant', dateOfBirth: '1975-01-01', role: 'PARENT_CARER' }]);
    const moved = await ask(MOVE, { input: moveInput(away.members[0]!.id, here) });
    expect(moved.errors).toBeUndefined();

    const HISTORY = `query($id: ID!) { family(id: $id) { members { fullName householdHistory { familyId leftOn family { reference } } } } }`;
    const tyler = (result: any) => result.data.family.members.find((m: any) => m.fullName === 'Tyler Grant');
    // The co-ordinator works in Rotherham only: the Wentworth household is a spell with no name.
    expect(tyler(await ask(HISTORY, { id: here.id }, coordinator)).householdHistory).toEqual([
      { familyId: here.id, leftOn: null, family: { reference: here.reference } },
      { familyId: null, leftOn: expect.any(String), family: null },
    ]);
    // The manager sees both households, so both are named.
    expect(tyler(await ask(HISTORY, { id: here.id })).householdHistory[1]).toEqual({ familyId: away.id, leftOn: expect.any(String), family: { reference: away.reference } });
  });
});
