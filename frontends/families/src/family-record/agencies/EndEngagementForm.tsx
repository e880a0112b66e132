import { useGatewayMutation } from '@hearth/client/react';
import { DateInput, EMPTY_DATE, FormProblemsSummary, readDay, SubmitButtons, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { FamilyRecord } from '../record.ts';
import { EndEngagementMutation } from './engagements.query.ts';

type Field = 'endedOn';
const SERVER_FIELDS: Partial<Record<string, Field>> = { endedOn: 'endedOn' };
const IDS: Record<Field, string> = { endedOn: 'engagement-ended-on-day' };

export interface EndEngagementFormProps {
  family: FamilyRecord;
  engagement: FamilyRecord['engagements'][number];
  onEnded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function EndEngagementForm({ family, engagement, onEnded, onCancel, onReload }: EndEngagementFormProps) {
  const [end] = useGatewayMutation(EndEngagementMutation);
  const [endedOn, setEndedOn] = useState(EMPTY_DATE);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The end of the agency’s work');
  const last = readDay(endedOn, 'the last day the agency worked with the family', { optional: true });

  const send = async () => {
    await end({ input: { engagementId: engagement.id, endedOn: last.day, expectedVersion: family.version } });
    onEnded(`${engagement.agency.name} has stopped working with ${family.reference}`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => (last.problem ? { endedOn: last.problem } : {}), send)}>
      <FormProblemsSummary problems={form.problems} targets={IDS} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <p className="govuk-body">From the day after, {engagement.agency.name} will no longer see the family in Hearth.</p>
      <DateInput
        id="engagement-ended-on"
        legend="Last day the agency worked with the family (optional)"
        hint="Left blank, today. For example, 27 3 2026"
        birthday={false}
        value={endedOn}
        error={form.problems.fields.endedOn}
        onChange={setEndedOn}
      />
      <SubmitButtons submitting={form.submitting} label="End the agency’s work" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
