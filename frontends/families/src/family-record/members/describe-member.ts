import type { MemberRole, RelationshipKind } from '@hearth/client';
import { formatDate } from '@hearth/ui';
import type { FamilyRecord } from '../record.ts';

type Member = FamilyRecord['members'][number];

export const ROLE_NAMES: Record<MemberRole, string> = {
  PARENT_CARER: 'Parent or carer',
  CHILD: 'Child',
  YOUNG_PERSON: 'Young person',
  OTHER_ADULT: 'Other adult',
};

/** How the relationship reads from each end: Kelly is "Parent of" Tyler, Tyler is "Child of" Kelly. */
const RELATIONSHIP_WORDS: Record<RelationshipKind, [from: string, to: string]> = {
  PARENT_OF: ['Parent of', 'Child of'],
  STEP_PARENT_OF: ['Step-parent of', 'Stepchild of'],
  GRANDPARENT_OF: ['Grandparent of', 'Grandchild of'],
  SIBLING_OF: ['Sibling of', 'Sibling of'],
  PARTNER_OF: ['Partner of', 'Partner of'],
  CARER_OF: ['Carer of', 'Cared for by'],
};

/** One relationship as it reads from this member's end: "Child of Kelly Marsh". */
export function relationshipFrom(member: Member, relationship: Member['relationships'][number]): string {
  const [from, to] = RELATIONSHIP_WORDS[relationship.kind];
  return relationship.personId === member.id ? `${from} ${relationship.relatedPerson.fullName}` : `${to} ${relationship.person.fullName}`;
}

export function relationshipsOf(member: Member): string[] {
  return member.relationships.map((relationship) => relationshipFrom(member, relationship));
}

/** Each household they have lived in while known to the programme, current first; one they cannot see is named only as another household. */
export function householdHistoryOf(member: Member, familyId: string): string[] {
  return member.householdHistory.map((spell) => {
    const where = spell.familyId === familyId ? 'This household' : (spell.family?.reference ?? 'Another household');
    const when = spell.leftOn ? `from ${formatDate(spell.joinedOn)} to ${formatDate(spell.leftOn)}` : `since ${formatDate(spell.joinedOn)}`;
    return `${where}, as ${ROLE_NAMES[spell.role].toLowerCase()}, ${when}${spell.reason ? ` (${spell.reason})` : ''}`;
  });
}
