import { demoFamilies, demoIdentity } from '@hearth/demo-data';
import { familiesSubgraph } from '@hearth/families';
import { INTERVENTION_MODELS } from '@hearth/programme';
import { migrate } from '@hearth/subgraph-kit';
import { postGraphQL, startSubgraphForTest, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertInterventionModels } from '../src/reference-data/intervention-models.ts';
import { seedDemoInterventions } from '../src/seed/demo.ts';
import { interventionsSubgraph } from '../src/subgraph.ts';
import { asRepresentations, countInterventions, expectedInterventions, familiesWithInterventions, flatten, interventionsOf } from './helpers.ts';

let subgraph: SubgraphUnderTest;
const manager = demoIdentity('helen.carter')!;
const analyst = demoIdentity('tom.lee')!;

beforeAll(async () => {
  subgraph = await startSubgraphForTest(interventionsSubgraph, { seedDemo: true, families: familiesSubgraph });
});
afterAll(async () => subgraph?.close());

describe('the catalogue of intervention models', () => {
  it('lists exactly the six models the programme names, in its order', async () => {
    const result = await postGraphQL(subgraph.url, '{ interventionModels { code number name description } }', {}, { identity: analyst });
    expect(result.errors).toBeUndefined();
    expect((result.data as any).interventionModels).toEqual(
      INTERVENTION_MODELS.map(({ code, number, name, description }) => ({ code, number, name, description })),
    );
    expect((result.data as any).interventionModels.map((m: any) => m.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('Family.interventions', () => {
  it('returns the demo cohort’s interventions for each family asked about, newest start first', async () => {
    const withSeveral = familiesWithInterventions().filter((f) => f.interventions.length >= 2).slice(0, 3);
    const without = demoFamilies().find((f) => f.interventions.length === 0)!;
    const asked = [...withSeveral, without];
    expect(withSeveral).toHaveLength(3);

    const result = await interventionsOf(subgraph, manager, asked.map((f) => f.id));
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities;
    expect(entities.map((e) => e.id)).toEqual(asked.map((f) => f.id));
    asked.forEach((family, i) => expect(entities[i]!.interventions.map(flatten)).toEqual(expectedInterventions(family)));
    expect(entities[3]!.interventions).toEqual([]);
    // The model comes from the catalogue, not just its code.
    const keyWorking = INTERVENTION_MODELS.find((m) => m.code === 'KEY_WORKING_TAF')!;
    expect(entities[0]!.interventions.find((i: any) => i.model.code === 'KEY_WORKING_TAF')?.model).toEqual({
      code: keyWorking.code,
      number: keyWorking.number,
      name: keyWorking.name,
    });
  });

  it('costs one statement for 50 families as for 5, and one more for their models', async () => {
    const families = demoFamilies();
    const cost = async (count: number, selection: string) => {
      const before = subgraph.statements.count;
      const result = await postGraphQL(
        subgraph.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { interventions { ${selection} } } } }`,
        { r: asRepresentations(families.slice(0, count).map((f) => f.id)) },
        { identity: manager },
      );
      expect(result.errors).toBeUndefined();
      expect((result.data as any)._entities).toHaveLength(count);
      return subgraph.statements.count - before;
    };
    // Plus one INSERT of the request's audit entries, however many families were read.
    expect(await cost(5, 'id status startedOn leadAgency { id }')).toBe(2);
    expect(await cost(50, 'id status startedOn leadAgency { id }')).toBe(2);
    expect(await cost(5, 'id model { code name }')).toBe(3);
    expect(await cost(50, 'id model { code name }')).toBe(3);
  });

  it('refuses a malformed family id in a representation, without reaching SQL', async () => {
    const before = subgraph.statements.count;
    const result = await interventionsOf(subgraph, manager, ['FAM-000001']);
    expect(result.errors?.[0]).toMatchObject({ message: '"FAM-000001" is not a valid family id', extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(result)).not.toContain('stacktrace');
    expect(subgraph.statements.count).toBe(before);
  });
});

describe('running the service', () => {
  it('refuses a request without the gateway’s signature, and one signed with another secret', async () => {
    const unsigned = await postGraphQL(subgraph.url, '{ interventionModels { code } }');
    expect(unsigned.status).toBe(401);
    expect(unsigned.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(subgraph.url, '{ interventionModels { code } }', {}, { identity: manager, secret: 'someone-elses-secret' });
    expect(forged.status).toBe(401);
  });

  it('runs migrations a second time as a no-op', async () => {
    expect(await migrate(subgraph.db, 'interventions')).toEqual([]);
  });

  it('seeds every demo intervention once, and a second seed inserts nothing', async () => {
    const demoCount = demoFamilies().reduce((sum, f) => sum + f.interventions.length, 0);
    expect(await countInterventions(subgraph)).toBe(demoCount);
    await seedDemoInterventions(subgraph.db);
    expect(await countInterventions(subgraph)).toBe(demoCount);
  });

  it('leaves the catalogue untouched when reference data runs again, and repairs a drifted row', async () => {
    const versions = () => subgraph.db.query('SELECT code, number, name, description, xmin::text AS xmin FROM interventions.intervention_model ORDER BY code');
    const before = await versions();
    await upsertInterventionModels(subgraph.db);
    // Same row versions (xmin): nothing was rewritten, not merely rewritten with the same values.
    expect(await versions()).toEqual(before);

    await subgraph.db.query(`UPDATE interventions.intervention_model SET name = 'Renamed by hand' WHERE code = 'BRIEF_INTERVENTION'`);
    await upsertInterventionModels(subgraph.db);
    const [restored] = await subgraph.db.query(`SELECT name FROM interventions.intervention_model WHERE code = 'BRIEF_INTERVENTION'`);
    expect(restored.name).toBe(INTERVENTION_MODELS[0]!.name);
    expect(before).toHaveLength(INTERVENTION_MODELS.length);
  });
});
