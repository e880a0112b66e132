import type { ProgrammePhase } from '@hearth/client';
import { useGatewayMutation } from '@hearth/client/react';
import { FormProblemsSummary, Radios, Select, SubmitButtons, TextInput, useSubmission } from '@hearth/ui';
import { useState } from 'react';
import type { Viewer } from '../../viewer.ts';
import { PHASE_NAMES } from '../labels.ts';
import type { Area, FamilyRecord } from '../record.ts';
import { addressWithheld, HOUSEHOLD_SERVER_FIELDS, householdChanges, householdValues, validateHousehold, type HouseholdField, type HouseholdValues } from './household-values.ts';
import { UpdateHouseholdMutation } from './update-household.mutation.ts';

const ID = 'household';
const TARGETS: Record<HouseholdField, string> = {
  addressLine: `${ID}-address-line`,
  postcode: `${ID}-postcode`,
  area: `${ID}-area`,
  cohort: `${ID}-cohort`,
  programmePhase: `${ID}-phase-PHASE_1`,
};

export interface ChangeHouseholdFormProps {
  family: FamilyRecord;
  viewer: Viewer;
  areas: Area[];
  onChanged: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Co-ordinators and managers work by area, and Hearth will not let them move a family out of theirs. */
function areasOffered(areas: Area[], viewer: Viewer, current: string): Area[] {
  if (viewer.role === 'LEAD_WORKER') return areas;
  return areas.filter((area) => area.name === current || viewer.areas.includes(area.name));
}

export function ChangeHouseholdForm({ family, viewer, areas, onChanged, onCancel, onReload }: ChangeHouseholdFormProps) {
  const [update] = useGatewayMutation(UpdateHouseholdMutation);
  const [values, setValues] = useState<HouseholdValues>(() => householdValues(family));
  const form = useSubmission<HouseholdField>(HOUSEHOLD_SERVER_FIELDS, 'The household’s details');
  const set = (field: HouseholdField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const withheld = addressWithheld(family);
  const targets = withheld ? { ...TARGETS, addressLine: TARGETS.area, postcode: TARGETS.area } : TARGETS;

  const send = async () => {
    await update({ input: { familyId: family.id, expectedVersion: family.version, ...householdChanges(values, family) } });
    onChanged(`The household details of ${family.reference} have been changed`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, () => validateHousehold(values, family), send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      {withheld ? (
        <div className="govuk-inset-text">A domestic abuse marker keeps the household’s address from your role, so you cannot change it. A role the marker names can.</div>
      ) : (
        <>
          <TextInput
            id={TARGETS.addressLine}
            label="Address"
            hint="House number or name and street, for example 185 Station Road"
            autoComplete="off"
            value={values.addressLine}
            error={form.problems.fields.addressLine}
            onChange={(event) => set('addressLine')(event.target.value)}
          />
          <TextInput
            id={TARGETS.postcode}
            label="Postcode"
            widthClass="govuk-input--width-10"
            autoComplete="off"
            spellCheck={false}
            value={values.postcode}
            error={form.problems.fields.postcode}
            onChange={(event) => set('postcode')(event.target.value)}
          />
        </>
      )}
      <Select
        id={TARGETS.area}
        label="Area"
        hint={viewer.role === 'LEAD_WORKER' ? undefined : 'You can move the family only to one of your areas'}
        options={areasOffered(areas, viewer, family.area).map((area) => ({ value: area.name, label: area.name }))}
        value={values.area}
        error={form.problems.fields.area}
        onChange={(event) => set('area')(event.target.value)}
      />
      <TextInput
        id={TARGETS.cohort}
        label="Cohort (optional)"
        hint="For example, Phase 2, Year 2 cohort. Leave it empty if the family is in no cohort"
        value={values.cohort}
        error={form.problems.fields.cohort}
        onChange={(event) => set('cohort')(event.target.value)}
      />
      <Radios
        id={`${ID}-phase`}
        legend="Programme phase"
        options={(Object.entries(PHASE_NAMES) as [ProgrammePhase, string][]).map(([value, label]) => ({ value, label }))}
        value={values.programmePhase || null}
        error={form.problems.fields.programmePhase}
        onChange={set('programmePhase')}
      />
      <SubmitButtons submitting={form.submitting} label="Save household details" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
