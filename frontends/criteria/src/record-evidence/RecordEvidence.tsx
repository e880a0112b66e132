import { FormInPlace } from '@hearth/ui';
import { RecordEvidenceForm, type RecordEvidenceFormProps } from './RecordEvidenceForm.tsx';

/** The button that opens the form in place, and the form; closed again once the evidence is recorded. */
export function RecordEvidence({ family, onRecorded, onReload }: Omit<RecordEvidenceFormProps, 'onCancel'>) {
  return (
    <FormInPlace id="record-evidence-form" label="Record evidence" onDone={onRecorded}>
      {({ done, cancel }) => <RecordEvidenceForm family={family} onRecorded={done} onCancel={cancel} onReload={onReload} />}
    </FormInPlace>
  );
}
