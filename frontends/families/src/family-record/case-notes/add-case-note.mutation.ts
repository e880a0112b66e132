import { graphql } from '@hearth/client';

export const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      contactOn
    }
  }
`);
