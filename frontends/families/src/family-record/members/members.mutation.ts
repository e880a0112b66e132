import { graphql } from '@hearth/client';

export const AddFamilyMemberMutation = graphql(`
  mutation AddFamilyMember($familyId: ID!, $member: NewPersonInput!, $expectedVersion: Int) {
    addFamilyMember(familyId: $familyId, member: $member, expectedVersion: $expectedVersion) {
      id
      fullName
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      fullName
    }
  }
`);

export const RecordRelationshipMutation = graphql(`
  mutation RecordRelationship($input: RecordRelationshipInput!) {
    recordRelationship(input: $input) {
      id
    }
  }
`);

export const RemoveRelationshipMutation = graphql(`
  mutation RemoveRelationship($input: RemoveRelationshipInput!) {
    removeRelationship(input: $input) {
      id
      version
    }
  }
`);
