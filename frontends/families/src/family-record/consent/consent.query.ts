import { graphql } from '@hearth/client';

export const SharingAgreementsQuery = graphql(`
  query SharingAgreements {
    informationSharingAgreements {
      id
      name
      reference
      reviewOn
      parties {
        id
        name
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      version
    }
  }
`);
