import type { RelationshipKind } from '@hearth/client';
import type { FamilyRecord } from '../record.ts';

type Member = FamilyRecord['members'][number];

/**
 * The API records "A PARENT_OF B" one way round; a worker thinks from the
 * person in front of them ("Ella is the child of Poppy"), so each kind is
 * offered from both ends and the pair turned round when needed.
 */
export const RELATIONSHIP_CHOICES = {
  PARENT_OF: { label: 'Parent of', kind: 'PARENT_OF', reversed: false },
  CHILD_OF: { label: 'Child of', kind: 'PARENT_OF', reversed: true },
  STEP_PARENT_OF: { label: 'Step-parent of', kind: 'STEP_PARENT_OF', reversed: false },
  STEPCHILD_OF: { label: 'Stepchild of', kind: 'STEP_PARENT_OF', reversed: true },
  GRANDPARENT_OF: { label: 'Grandparent of', kind: 'GRANDPARENT_OF', reversed: false },
  GRANDCHILD_OF: { label: 'Grandchild of', kind: 'GRANDPARENT_OF', reversed: true },
  SIBLING_OF: { label: 'Sibling of', kind: 'SIBLING_OF', reversed: false },
  PARTNER_OF: { label: 'Partner of', kind: 'PARTNER_OF', reversed: false },
  CARER_OF: { label: 'Carer of', kind: 'CARER_OF', reversed: false },
  CARED_FOR_BY: { label: 'Cared for by', kind: 'CARER_OF', reversed: true },
} satisfies Record<string, { label: string; kind: RelationshipKind; reversed: boolean }>;

export type RelationshipChoice = keyof typeof RELATIONSHIP_CHOICES;

/** Kinds that read the same both ways round, as the API treats them. */
const SYMMETRIC: RelationshipKind[] = ['SIBLING_OF', 'PARTNER_OF'];

export interface RelationshipPair {
  personId: string;
  relatedPersonId: string;
  kind: RelationshipKind;
}

export function relationshipPair(memberId: string, otherId: string, choice: RelationshipChoice): RelationshipPair {
  const { kind, reversed } = RELATIONSHIP_CHOICES[choice];
  return reversed ? { personId: otherId, relatedPersonId: memberId, kind } : { personId: memberId, relatedPersonId: otherId, kind };
}

/** Whether the household's record already has this relationship, so the worker is told rather than refused. */
export function alreadyRecorded(member: Member, pair: RelationshipPair): boolean {
  return member.relationships.some(
    (existing) =>
      existing.kind === pair.kind &&
      ((existing.personId === pair.personId && existing.relatedPersonId === pair.relatedPersonId) ||
        (SYMMETRIC.includes(pair.kind) && existing.personId === pair.relatedPersonId && existing.relatedPersonId === pair.personId)),
  );
}
