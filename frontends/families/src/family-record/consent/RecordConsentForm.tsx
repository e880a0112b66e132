import { useGatewayMutation, useGatewayQuery } from '@hearth/client/react';
import { Checkboxes, DateInput, FormProblemsSummary, Loading, ProblemMessage, Radios, Select, SubmitButtons, Textarea, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { ROLE_NAMES } from '../members/describe-member.ts';
import type { FamilyRecord } from '../record.ts';
import { CONSENT_SERVER_FIELDS, EMPTY_CONSENT, STATUS_WORDS, toRecordConsentInput, validateConsent, type ConsentField, type ConsentValues } from './consent-values.ts';
import { RecordConsentMutation, SharingAgreementsQuery } from './consent.query.ts';

const ID = 'consent';

export interface RecordConsentFormProps {
  family: FamilyRecord;
  onRecorded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function RecordConsentForm({ family, onRecorded, onCancel, onReload }: RecordConsentFormProps) {
  const agreements = useGatewayQuery(SharingAgreementsQuery, {});
  const [record] = useGatewayMutation(RecordConsentMutation);
  const [values, setValues] = useState<ConsentValues>(EMPTY_CONSENT);
  const form = useSubmission<ConsentField>(CONSENT_SERVER_FIELDS, 'The consent decision');
  const set = <K extends ConsentField>(field: K) => (value: ConsentValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  if (agreements.status === 'loading') return <Loading what="the information sharing agreements" />;
  if (agreements.status === 'error') {
    return (
      <ProblemMessage title="The information sharing agreements could not be listed">
        <p className="govuk-body">{agreements.error.message}</p>
      </ProblemMessage>
    );
  }
  // Only an adult, or a young person old enough, can decide; the server checks the age.
  const deciders = family.members.filter((member) => member.role !== 'CHILD');
  const agreement = agreements.data.informationSharingAgreements.find((candidate) => candidate.id === values.agreement);
  const targets: Record<ConsentField, string> = {
    status: `${ID}-status-GIVEN`,
    givenBy: `${ID}-given-by-${deciders[0]?.id ?? ''}`,
    agreement: `${ID}-agreement`,
    scope: `${ID}-scope-ALL_ENGAGED_AGENCIES`,
    agencies: `${ID}-agencies-${agreement?.parties[0]?.id ?? ''}`,
    recordedOn: `${ID}-recorded-on-day`,
    note: `${ID}-note`,
  };
  const send = async () => {
    await record({ input: toRecordConsentInput(values, family.id, family.version) });
    onRecorded(`Consent ${STATUS_WORDS[values.status as keyof typeof STATUS_WORDS].toLowerCase()} recorded for ${family.reference}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => validateConsent(values), send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Radios
        id={`${ID}-status`}
        legend="What did the family decide?"
        options={[
          { value: 'GIVEN', label: 'Gave consent to share its information' },
          { value: 'REFUSED', label: 'Refused consent' },
          { value: 'WITHDRAWN', label: 'Withdrew consent it had given' },
        ]}
        value={values.status || null}
        error={form.problems.fields.status}
        onChange={(value) => set('status')(value as ConsentValues['status'])}
      />
      <Radios
        id={`${ID}-given-by`}
        legend="Who made the decision?"
        hint="A parent or carer, another adult, or a young person aged 16 or over"
        options={deciders.map((member) => ({ value: member.id, label: member.fullName, hint: ROLE_NAMES[member.role] }))}
        value={values.givenBy || null}
        error={form.problems.fields.givenBy}
        onChange={set('givenBy')}
      />
      <Select
        id={`${ID}-agreement`}
        label="Information sharing agreement"
        placeholder="Choose an agreement"
        options={agreements.data.informationSharingAgreements.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.reference})` }))}
        value={values.agreement}
        error={form.problems.fields.agreement}
        onChange={(event) => setValues((current) => ({ ...current, agreement: event.target.value, agencies: [] }))}
      />
      {values.status === 'GIVEN' && (
        <Radios
          id={`${ID}-scope`}
          legend="Which agencies does the consent cover?"
          options={[
            { value: 'ALL_ENGAGED_AGENCIES', label: 'Every agency working with the family', hint: 'Including any that start working with the family later' },
            { value: 'NAMED_AGENCIES', label: 'Only the agencies I name' },
          ]}
          value={values.scope || null}
          error={form.problems.fields.scope}
          onChange={(value) => set('scope')(value as ConsentValues['scope'])}
        />
      )}
      {values.status === 'GIVEN' && values.scope === 'NAMED_AGENCIES' && (
        <Checkboxes
          id={`${ID}-agencies`}
          legend="Agencies the consent covers"
          hint={agreement ? `The parties to ${agreement.name}` : 'Choose the agreement first: the consent can cover only its parties'}
          options={(agreement?.parties ?? []).map((party) => ({ value: party.id, label: party.name }))}
          selected={values.agencies}
          error={form.problems.fields.agencies}
          onChange={set('agencies')}
        />
      )}
      <DateInput
        id={`${ID}-recorded-on`}
        legend="When did the family decide? (optional)"
        hint="Left blank, today. For example, 27 3 2026"
        birthday={false}
        value={values.recordedOn}
        error={form.problems.fields.recordedOn}
        onChange={set('recordedOn')}
      />
      <Textarea id={`${ID}-note`} label="Note (optional)" rows={3} value={values.note} error={form.problems.fields.note} onChange={(event) => set('note')(event.target.value)} />
      <SubmitButtons submitting={form.submitting} label="Record the decision" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
