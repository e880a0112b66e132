import DataLoader from 'dataloader';
import { IDENTITY_HEADER } from '@hearth/auth';
import { notFound } from './errors.ts';

const VISIBLE_FAMILIES = `query HearthFamilyAccess($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Family { id } }
}`;

export interface FamilyVisibility {
  /** NOT_FOUND unless the caller may see the family. */
  assertVisible(familyId: string): Promise<void>;
}

/**
 * Who may see a family is decided by the families subgraph alone. Before a
 * subgraph that extends Family writes about one, it asks families, as the
 * same caller (forwarding the gateway's signed identity), whether that caller
 * can see it. One call per request, however many families are checked.
 */
export class FamilyAccess implements FamilyVisibility {
  private readonly visible: DataLoader<string, boolean>;

  constructor(familiesUrl: string, identityToken: string) {
    this.visible = new DataLoader(async (ids) => {
      const response = await fetch(familiesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identityToken },
        body: JSON.stringify({ query: VISIBLE_FAMILIES, variables: { representations: ids.map((id) => ({ __typename: 'Family', id })) } }),
      });
      if (!response.ok) throw new Error(`families subgraph answered HTTP ${response.status} to an access check`);
      const body = (await response.json()) as { data?: { _entities?: ({ id: string } | null)[] } };
      const entities = body.data?._entities;
      if (!entities) throw new Error('families subgraph gave no answer to an access check');
      return ids.map((_, index) => entities[index] != null);
    });
  }

  /** NOT_FOUND unless the caller may see the family: one that exists but is not theirs looks the same as none. */
  async assertVisible(familyId: string): Promise<void> {
    if (!(await this.visible.load(familyId))) throw notFound(`No family with id ${familyId}`);
  }
}
