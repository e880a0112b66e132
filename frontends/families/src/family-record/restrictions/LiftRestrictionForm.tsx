import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, SubmitButtons, Textarea, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { RESTRICTION_NAMES } from '../labels.ts';
import type { FamilyRecord } from '../record.ts';
import { MIN_REASON_LENGTH } from './BreakGlassForm.tsx';
import { LiftRestrictionMutation } from './restrictions.mutation.ts';

type Marker = FamilyRecord['restrictions'][number];
const IDS = { reason: 'lift-restriction-reason' };

export interface LiftRestrictionFormProps {
  family: FamilyRecord;
  marker: Marker;
  onLifted: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** The marker and the reason it was lifted are kept: lifting ends it, it does not erase it. */
export function LiftRestrictionForm({ family, marker, onLifted, onCancel, onReload }: LiftRestrictionFormProps) {
  const [lift] = useGatewayMutation(LiftRestrictionMutation);
  const [reason, setReason] = useState('');
  const form = useSubmission<'reason'>({ reason: 'reason' }, 'The lifting of the marker');
  const name = RESTRICTION_NAMES[marker.kind];

  const validate = () => {
    if (!reason.trim()) return { reason: `Enter why the ${name.toLowerCase()} marker can be lifted` };
    if (reason.trim().length < MIN_REASON_LENGTH) return { reason: `Reason must be at least ${MIN_REASON_LENGTH} characters, so that it says why` };
    return {};
  };
  const send = async () => {
    await lift({ restrictionId: marker.id, reason: reason.trim() });
    onLifted(`${name} marker lifted from ${family.reference}`);
  };
  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={IDS} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      {marker.kind === 'DOMESTIC_ABUSE' && <p className="govuk-body">Once it is lifted, every role that can see the family sees the household’s address again.</p>}
      <Textarea
        id={IDS.reason}
        label="Why can the marker be lifted?"
        hint="For example, the risk was reviewed at the MARAC on 3 March and is no longer current. It is kept with the marker"
        rows={3}
        value={reason}
        error={form.problems.fields.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="Lift marker" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
