import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import { caseloadInWords, type WorkerCaseload } from '../allocation/worker-caseload.ts';
import { SetCaseloadLimitMutation } from './caseload-limit.mutation.ts';
import { readLimit } from './read-limit.ts';

type Field = 'limit';
const SERVER_FIELDS: Partial<Record<string, Field>> = { limit: 'limit' };
const TARGETS: Record<Field, string> = { limit: 'caseload-limit' };

export interface CaseloadLimitFormProps {
  caseload: WorkerCaseload;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** How many families a lead worker may lead at once: set by the co-ordinator or manager who balances the area's work. */
export function CaseloadLimitForm({ caseload, onSaved, onCancel, onReload }: CaseloadLimitFormProps) {
  const [setLimit] = useGatewayMutation(SetCaseloadLimitMutation);
  const [typed, setTyped] = useState(String(caseload.caseloadLimit));
  const form = useSubmission<Field>(SERVER_FIELDS, 'The caseload limit');
  const { name } = caseload.worker;
  const answer = readLimit(typed, name);

  const validate = () => (answer.problem ? { limit: answer.problem } : {});
  const send = async () => {
    const { setCaseloadLimit: worker } = await setLimit({ workerId: caseload.worker.id, limit: answer.limit! });
    onSaved(`${worker.name} may now lead ${worker.caseloadLimit} families at once${worker.overLimit ? `, fewer than the ${worker.caseloadCount} they lead` : ''}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={TARGETS} onReload={onReload} clearProblems={form.clearProblems} recordName={`${name}’s caseload`} />
      <TextInput
        id={TARGETS.limit}
        label={`How many families may ${name} lead at once?`}
        hint={`${name} leads ${caseloadInWords(caseload)} now. Lowering the limit below that moves no family; it shows ${name} as over their limit.`}
        inputMode="numeric"
        spellCheck={false}
        widthClass="govuk-input--width-3"
        value={typed}
        error={form.problems.fields.limit}
        onChange={(event) => setTyped(event.target.value)}
      />
      <SubmitButtons submitting={form.submitting} label="Save caseload limit" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
