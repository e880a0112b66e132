import type { Identity } from '@hearth/auth';
import { demoCasework, demoFamilies, type DemoFamily } from '@hearth/demo-data';
import { postGraphQL, type SubgraphUnderTest } from '@hearth/subgraph-kit/testing';

export const INTERVENTION_FIELDS = 'id familyId status startedOn endedOn model { code number name } leadAgency { id }';

export const FAMILY_INTERVENTIONS = `
  query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Family { id interventions { ${INTERVENTION_FIELDS} } } }
  }`;

export const asRepresentations = (familyIds: string[]) => familyIds.map((id) => ({ __typename: 'Family', id }));

/** Reads Family.interventions the way the gateway does, through _entities. */
export async function interventionsOf(subgraph: SubgraphUnderTest, identity: Identity, familyIds: string[]) {
  const result = await postGraphQL<{ _entities: { id: string; interventions: any[] }[] }>(
    subgraph.url,
    FAMILY_INTERVENTIONS,
    { representations: asRepresentations(familyIds) },
    { identity },
  );
  return result;
}

/** The demo cohort's interventions for a family as this subgraph should return them: newest start first. */
export function expectedInterventions(family: DemoFamily) {
  return [...family.interventions]
    .sort((a, b) => b.startedOn.localeCompare(a.startedOn) || a.id.localeCompare(b.id))
    .map((i) => ({ id: i.id, familyId: family.id, status: i.status, startedOn: i.startedOn, endedOn: null, modelCode: i.modelCode, leadAgencyId: i.leadAgencyId }));
}

export const flatten = (intervention: any) => ({
  id: intervention.id,
  familyId: intervention.familyId,
  status: intervention.status,
  startedOn: intervention.startedOn,
  endedOn: intervention.endedOn,
  modelCode: intervention.model.code,
  leadAgencyId: intervention.leadAgency.id,
});

export const ledBy = (identity: Identity) => demoFamilies().filter((f) => f.leadWorkerId === identity.sub);

/** As the families subgraph decides it: the partner's agency works with the family, and the family's consent covers it. */
export const partnerSees = (identity: Identity, family: DemoFamily) =>
  family.engagedAgencyIds.includes(identity.agencyId!) && demoCasework(family).consent?.status === 'GIVEN';

export const familiesWithInterventions = () => demoFamilies().filter((f) => f.interventions.length > 0);

export async function countInterventions(subgraph: SubgraphUnderTest): Promise<number> {
  const [row] = await subgraph.db.query('SELECT count(*)::int AS count FROM interventions.intervention');
  return row.count;
}
