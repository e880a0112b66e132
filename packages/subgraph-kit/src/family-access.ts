import DataLoader from 'dataloader';
import { IDENTITY_HEADER } from '@hearth/auth';
import { notFound } from './errors.ts';

const VISIBLE_FAMILIES = `query HearthFamilyAccess($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Family { id } }
}`;

const FAMILY_MEMBERS = `query HearthFamilyMembers($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Family { id members { id } } }
}`;

export interface FamilyVisibility {
  /**
   * NOT_FOUND unless the caller may see the family. Asked before a write:
   * a refusal is audited as DENIED, naming the fields the write would have touched.
   */
  assertVisible(familyId: string, fields?: string[]): Promise<void>;
  /** The ids of the people living in the family now; NOT_FOUND (audited as DENIED, as above) unless the caller may see the family. */
  currentMemberIds(familyId: string, fields?: string[]): Promise<string[]>;
}

/** Told of each family the caller was refused, with the fields the write would have touched. */
export type OnFamilyDenied = (familyId: string, fields: string[]) => void;

type FamilyAnswer = { id: string; members?: { id: string }[] } | null;

/**
 * Who may see a family is decided by the families subgraph alone. Before a
 * subgraph that extends Family writes about one, it asks families, as the
 * same caller (forwarding the gateway's signed identity), whether that caller
 * can see it. One call per request, however many families are checked.
 */
export class FamilyAccess implements FamilyVisibility {
  private readonly visible: DataLoader<string, boolean>;
  // Asked separately: most writes need only visibility, and families audits each read of a family's members.
  private readonly members: DataLoader<string, string[] | null>;

  constructor(
    familiesUrl: string,
    identityToken: string,
    private readonly onDenied: OnFamilyDenied = () => undefined,
  ) {
    const ask = async (query: string, ids: readonly string[]): Promise<FamilyAnswer[]> => {
      const response = await fetch(familiesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identityToken },
        body: JSON.stringify({ query, variables: { representations: ids.map((id) => ({ __typename: 'Family', id })) } }),
      });
      if (!response.ok) throw new Error(`families subgraph answered HTTP ${response.status} to an access check`);
      const body = (await response.json()) as { data?: { _entities?: FamilyAnswer[] } };
      const entities = body.data?._entities;
      if (!entities) throw new Error('families subgraph gave no answer to an access check');
      return ids.map((_, index) => entities[index] ?? null);
    };
    this.visible = new DataLoader(async (ids) => (await ask(VISIBLE_FAMILIES, ids)).map((family) => family != null));
    this.members = new DataLoader(async (ids) => (await ask(FAMILY_MEMBERS, ids)).map((family) => family?.members?.map((member) => member.id) ?? null));
  }

  /** NOT_FOUND unless the caller may see the family: one that exists but is not theirs looks the same as none. */
  async assertVisible(familyId: string, fields: string[] = []): Promise<void> {
    if (!(await this.visible.load(familyId))) throw this.denied(familyId, fields);
  }

  async currentMemberIds(familyId: string, fields: string[] = []): Promise<string[]> {
    const members = await this.members.load(familyId);
    if (!members) throw this.denied(familyId, fields);
    return members;
  }

  private denied(familyId: string, fields: string[]) {
    this.onDenied(familyId, fields);
    return notFound(`No family with id ${familyId}`);
  }
}
