import { useGatewayMutation, useGatewayQuery } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, FormProblemsSummary, Loading, ProblemMessage, readDay, Select, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { AGENCY_TYPE_NAMES } from '../labels.ts';
import type { FamilyRecord } from '../record.ts';
import { AddEngagementMutation, AgencyDirectoryQuery } from './engagements.query.ts';

type Field = 'agency' | 'capacity' | 'startedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { agencyId: 'agency', capacity: 'capacity', startedOn: 'startedOn' };
const IDS: Record<Field, string> = { agency: 'engagement-agency', capacity: 'engagement-capacity', startedOn: 'engagement-started-on-day' };

export interface AddEngagementFormProps {
  family: FamilyRecord;
  onAdded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function AddEngagementForm({ family, onAdded, onCancel, onReload }: AddEngagementFormProps) {
  const directory = useGatewayQuery(AgencyDirectoryQuery, {});
  const [add] = useGatewayMutation(AddEngagementMutation);
  const [agencyId, setAgencyId] = useState('');
  const [capacity, setCapacity] = useState('');
  const [startedOn, setStartedOn] = useState(EMPTY_DATE);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The agency');

  if (directory.status === 'loading') return <Loading what="the agency directory" />;
  if (directory.status === 'error') {
    return (
      <ProblemMessage title="The agency directory could not be listed">
        <p className="govuk-body">{directory.error.message}</p>
      </ProblemMessage>
    );
  }
  const working = new Set(family.engagements.filter((engagement) => engagement.active).map((engagement) => engagement.agency.id));
  const agencies = directory.data.agencies.filter((agency) => !working.has(agency.id));
  const start = readDay(startedOn, 'the day the agency started', { optional: true });

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!agencyId) problems.agency = 'Select the agency that has started working with the family';
    if (!capacity.trim()) problems.capacity = 'Enter the capacity the agency works with the family in, for example Attendance officer';
    if (start.problem) problems.startedOn = start.problem;
    return problems;
  };
  const send = async () => {
    await add({ input: { familyId: family.id, agencyId, capacity: capacity.trim(), startedOn: start.day, expectedVersion: family.version } });
    onAdded(`${agencies.find((agency) => agency.id === agencyId)?.name ?? 'The agency'} is now working with ${family.reference}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={IDS} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Select
        id={IDS.agency}
        label="Agency"
        placeholder="Choose an agency"
        options={agencies.map((agency) => ({ value: agency.id, label: `${agency.name} (${AGENCY_TYPE_NAMES[agency.type]})` }))}
        value={agencyId}
        error={form.problems.fields.agency}
        onChange={(event) => setAgencyId(event.target.value)}
      />
      <TextInput
        id={IDS.capacity}
        label="In what capacity?"
        hint="For example, Team Around the Family, Attendance officer, Work coach"
        value={capacity}
        error={form.problems.fields.capacity}
        onChange={(event) => setCapacity(event.target.value)}
      />
      <DateInput
        id="engagement-started-on"
        legend="When did the agency start? (optional)"
        hint="Left blank, today. For example, 27 3 2026"
        birthday={false}
        value={startedOn}
        error={form.problems.fields.startedOn}
        onChange={setStartedOn}
      />
      <SubmitButtons submitting={form.submitting} label="Add agency" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
