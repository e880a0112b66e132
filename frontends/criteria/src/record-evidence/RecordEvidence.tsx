import { FormPanel, OpenFormButton, useFormPanel } from '@hearth/ui';
import { RecordEvidenceForm, type RecordEvidenceFormProps } from './RecordEvidenceForm.tsx';

/** The button that opens the form in place, and the form; closed again once the evidence is recorded. */
export function RecordEvidence({ family, onRecorded, onReload }: Omit<RecordEvidenceFormProps, 'onCancel'>) {
  const panel = useFormPanel();
  return (
    <>
      <OpenFormButton panel={panel} controls="record-evidence-form">
        Record evidence
      </OpenFormButton>
      {panel.open && (
        <FormPanel id="record-evidence-form" title="Record evidence">
          <RecordEvidenceForm
            family={family}
            onRecorded={(message) => {
              panel.close();
              onRecorded(message);
            }}
            onCancel={panel.cancel}
            onReload={onReload}
          />
        </FormPanel>
      )}
    </>
  );
}
