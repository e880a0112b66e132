import { demoIdentity } from '@hearth/demo-data';
import { postGraphQL, startSubgraphForTest, testIdentity, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familiesSubgraph } from '../src/subgraph.ts';

let subgraph: SubgraphUnderTest;
const police = demoIdentity('mark.wilson')!;
const school = demoIdentity('grace.okafor')!;

const NOMINATE = `mutation($input: NominateFamilyInput!) {
  nominateFamily(input: $input) { id reference status identifiedBy area members { fullName role } nomination { reason indicatorCodes agency { name } } }
}`;
const nomination = (overrides: Record<string, unknown> = {}) => ({
  input: {
    fullName: 'Leanne Hirst',
    dateOfBirth: '1990-05-04',
    addressLine: '4 Canklow Road',
    postcode: 'S60 2JH',
    area: 'Rotherham South',
    reason: 'Three call outs since August; children present at two.',
    indicatorCodes: ['DA_POLICE_CALL_OUTS', 'CRIME_ASB_INCIDENT'],
    familyConsentsToSharing: true,
    ...overrides,
  },
});
const count = async (table: string) => Number((await subgraph.db.query(`SELECT count(*) FROM families.${table}`))[0].count);

beforeAll(async () => {
  subgraph = await startSubgraphForTest(familiesSubgraph, { seedDemo: true });
});
afterAll(async () => subgraph?.close());

describe('agency nomination', () => {
  it('records the family, its first member and the nomination, and the nominating agency then sees it', async () => {
    const result = await postGraphQL(subgraph.url, NOMINATE, nomination(), { identity: police });
    expect(result.errors).toBeUndefined();
    const family = (result.data as any).nominateFamily;
    expect(family).toMatchObject({
      status: 'IDENTIFIED',
      identifiedBy: 'AGENCY_NOMINATION',
      area: 'Rotherham South',
      members: [{ fullName: 'Leanne Hirst', role: 'PARENT_CARER' }],
      nomination: { indicatorCodes: ['DA_POLICE_CALL_OUTS', 'CRIME_ASB_INCIDENT'], agency: { name: 'South Yorkshire Police' } },
    });
    const seenByPolice = await postGraphQL(subgraph.url, `query($id: ID!) { family(id: $id) { reference } }`, { id: family.id }, { identity: police });
    expect((seenByPolice.data as any).family.reference).toBe(family.reference);
    const seenBySchool = await postGraphQL(subgraph.url, `query($id: ID!) { family(id: $id) { reference } }`, { id: family.id }, { identity: school });
    expect(seenBySchool.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('without the family’s consent the nomination is recorded but the agency cannot see the family afterwards', async () => {
    const result = await postGraphQL(subgraph.url, NOMINATE, nomination({ familyConsentsToSharing: false, fullName: 'Stacey Booth' }), { identity: police });
    expect(result.errors).toBeUndefined();
    const id = (result.data as any).nominateFamily.id;
    const later = await postGraphQL(subgraph.url, `query($id: ID!) { family(id: $id) { reference } }`, { id }, { identity: police });
    expect(later.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses unknown indicators, unknown areas and empty reasons, writing nothing', async () => {
    const before = await Promise.all(['family', 'person', 'nomination', 'engagement'].map(count));
    const badCode = await postGraphQL(subgraph.url, NOMINATE, nomination({ indicatorCodes: ['NOT_A_CODE'] }), { identity: police });
    expect(badCode.errors?.[0]).toMatchObject({ message: 'No indicator with code NOT_A_CODE', extensions: { code: 'BAD_USER_INPUT' } });
    const badArea = await postGraphQL(subgraph.url, NOMINATE, nomination({ area: 'Atlantis' }), { identity: police });
    expect(badArea.errors?.[0]?.message).toContain("Atlantis is not one of the council's areas");
    const emptyReason = await postGraphQL(subgraph.url, NOMINATE, nomination({ reason: ' ', indicatorCodes: [] }), { identity: police });
    expect(emptyReason.errors?.[0]?.message).toContain('reason must not be empty');
    expect(emptyReason.errors?.[0]?.message).toContain('indicatorCodes must name at least one indicator');
    expect(await Promise.all(['family', 'person', 'nomination', 'engagement'].map(count))).toEqual(before);
  });

  it('is for partner agencies only', async () => {
    const result = await postGraphQL(subgraph.url, NOMINATE, nomination(), { identity: testIdentity('ANALYST') });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the council areas for the nomination form', async () => {
    const result = await postGraphQL(subgraph.url, `{ areas { name mostDisadvantaged } }`, {}, { identity: police });
    expect((result.data as any).areas).toHaveLength(7);
  });
});
