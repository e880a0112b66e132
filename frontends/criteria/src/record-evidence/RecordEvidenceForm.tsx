import type { FamilyProblemsQuery } from '@hearth/client';
import { useGatewayMutation, useGatewayQuery } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, formatDate, FormProblemsSummary, Loading, ProblemMessage, Radios, readDay, Select, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { HeadlineProblemsQuery } from '../catalogue/headline-problems.query.ts';
import { indicatorGroups, problemOf } from './indicator-choices.ts';
import { RecordEvidenceMutation } from './record-evidence.mutation.ts';

type Family = Pick<NonNullable<FamilyProblemsQuery['family']>, 'id' | 'reference' | 'members'>;
type Field = 'indicator' | 'person' | 'source' | 'observedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { indicatorCode: 'indicator', personId: 'person', source: 'source', observedAt: 'observedOn' };
/** Evidence about no one member is about the household as a whole, as the problems list says. */
const HOUSEHOLD = 'HOUSEHOLD';
export const SOURCE_MAX_LENGTH = 200;

export interface RecordEvidenceFormProps {
  family: Family;
  onRecorded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** What was seen, about whom, where it came from and when: the evidence a family's eligibility rests on. */
export function RecordEvidenceForm({ family, onRecorded, onCancel, onReload }: RecordEvidenceFormProps) {
  const catalogue = useGatewayQuery(HeadlineProblemsQuery, {});
  const [record] = useGatewayMutation(RecordEvidenceMutation);
  const [indicatorCode, setIndicatorCode] = useState('');
  const [person, setPerson] = useState('');
  const [source, setSource] = useState('');
  const [observedOn, setObservedOn] = useState(EMPTY_DATE);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The evidence');

  if (catalogue.status === 'loading') return <Loading what="the headline problems and their indicators" />;
  if (catalogue.status === 'error') {
    return (
      <ProblemMessage title="The headline problems could not be listed">
        <p className="govuk-body">{catalogue.error.message}</p>
      </ProblemMessage>
    );
  }
  const problems = catalogue.data.headlineProblems;
  const people = [...family.members.map((member) => ({ value: member.id, label: member.fullName })), { value: HOUSEHOLD, label: 'The whole household' }];
  const targets: Record<Field, string> = { indicator: 'evidence-indicator', person: `evidence-person-${people[0]!.value}`, source: 'evidence-source', observedOn: 'evidence-observed-on-day' };
  const observed = readDay(observedOn, 'the date it was observed');

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!indicatorCode) found.indicator = 'Select the indicator the evidence shows';
    if (!person) found.person = 'Select who the evidence concerns, or the whole household';
    if (!source.trim()) found.source = 'Enter the agency or data set the evidence came from';
    else if (source.length > SOURCE_MAX_LENGTH) found.source = `Where it came from must be ${SOURCE_MAX_LENGTH} characters or fewer`;
    if (observed.problem) found.observedOn = observed.problem;
    return found;
  };
  const send = async () => {
    const { recordEvidence } = await record({
      input: {
        familyId: family.id,
        personId: person === HOUSEHOLD ? null : person,
        indicatorCode,
        source: source.trim(),
        // Hearth keeps the day something was observed as midnight UTC, and shows dates in UTC, so the day reads back as typed.
        observedAt: `${observed.day!}T00:00:00.000Z`,
      },
    });
    const problem = problemOf(problems, recordEvidence.indicator.code);
    onRecorded(`Evidence of ${problem ? problem.title.toLowerCase() : 'a headline problem'} observed on ${formatDate(recordEvidence.observedAt)} recorded for ${family.reference}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Select
        id={targets.indicator}
        label="What does the evidence show?"
        hint="Choose the indicator; each is listed under its headline problem"
        placeholder="Choose an indicator"
        groups={indicatorGroups(problems)}
        value={indicatorCode}
        error={form.problems.fields.indicator}
        onChange={(event) => setIndicatorCode(event.target.value)}
      />
      <Radios id="evidence-person" legend="Who does it concern?" options={people} value={person || null} error={form.problems.fields.person} onChange={setPerson} />
      <TextInput
        id={targets.source}
        label="Where did it come from?"
        hint="The agency or data set, for example South Yorkshire Police, MARAC or DWP"
        value={source}
        error={form.problems.fields.source}
        onChange={(event) => setSource(event.target.value)}
      />
      <DateInput id="evidence-observed-on" legend="When was it observed?" hint="For example, 27 3 2026" birthday={false} value={observedOn} error={form.problems.fields.observedOn} onChange={setObservedOn} />
      <SubmitButtons submitting={form.submitting} label="Record evidence" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
