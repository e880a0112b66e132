import type { RestrictionKind, Role } from '@hearth/client';
import { useGatewayMutation } from '@hearth/client/react';
import { Checkboxes, FormProblemsSummary, Radios, SubmitButtons, Textarea, useSubmission, WarningText } from '@hearth/ui';
import { useState } from 'react';
import type { Viewer } from '../../viewer.ts';
import { RESTRICTION_NAMES } from '../labels.ts';
import type { FamilyRecord } from '../record.ts';
import { NAMEABLE_ROLES } from './marker-roles.ts';
import { AddRestrictionMutation } from './restrictions.mutation.ts';

type Field = 'kind' | 'details' | 'visibleToRoles';
const SERVER_FIELDS: Partial<Record<string, Field>> = { kind: 'kind', details: 'details', visibleToRoles: 'visibleToRoles' };
const ID = 'restriction';
const DETAILS_MAX_LENGTH = 2000;

/** A family has at most one marker of each kind in force; Hearth refuses a second. */
export function kindsNotInForce(family: FamilyRecord): RestrictionKind[] {
  return (Object.keys(RESTRICTION_NAMES) as RestrictionKind[]).filter((kind) => !family.restrictions.some((marker) => marker.kind === kind));
}

export interface AddRestrictionFormProps {
  family: FamilyRecord;
  viewer: Viewer;
  onAdded: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function AddRestrictionForm({ family, viewer, onAdded, onCancel, onReload }: AddRestrictionFormProps) {
  const [add] = useGatewayMutation(AddRestrictionMutation);
  const [kind, setKind] = useState<RestrictionKind | ''>('');
  const [details, setDetails] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const form = useSubmission<Field>(SERVER_FIELDS, 'The restricted marker');
  const kinds = kindsNotInForce(family);
  const targets: Record<Field, string> = { kind: `${ID}-kind-${kinds[0] ?? ''}`, details: `${ID}-details`, visibleToRoles: `${ID}-roles-LEAD_WORKER` };
  // Easy to miss: a domestic abuse marker that leaves out your own role takes the address away from you too.
  const hidesAddressFromViewer = kind === 'DOMESTIC_ABUSE' && roles.length > 0 && !roles.includes(viewer.role);

  const validate = () => {
    const problems: Partial<Record<Field, string>> = {};
    if (!kind) problems.kind = 'Select the kind of marker';
    if (!details.trim()) problems.details = 'Enter what the roles you name need to know';
    else if (details.length > DETAILS_MAX_LENGTH) problems.details = `Details must be ${DETAILS_MAX_LENGTH} characters or fewer`;
    if (roles.length === 0) problems.visibleToRoles = 'Select at least one role that may read the details';
    return problems;
  };
  const send = async () => {
    // In the order the roles are offered, whatever order they were ticked in.
    const visibleToRoles = (Object.keys(NAMEABLE_ROLES) as Role[]).filter((role) => roles.includes(role));
    await add({ input: { familyId: family.id, kind: kind as RestrictionKind, details: details.trim(), visibleToRoles, expectedVersion: family.version } });
    onAdded(`${RESTRICTION_NAMES[kind as RestrictionKind]} marker added to ${family.reference}`);
  };

  return (
    <form noValidate onSubmit={(event) => form.submit(event, validate, send)}>
      <FormProblemsSummary problems={form.problems} targets={targets} onReload={onReload} clearProblems={form.clearProblems} recordName={family.reference} />
      <Radios
        id={`${ID}-kind`}
        legend="What kind of marker?"
        hint="A family can have one marker of each kind in force"
        options={kinds.map((value) => ({ value, label: RESTRICTION_NAMES[value] }))}
        value={kind || null}
        error={form.problems.fields.kind}
        onChange={(value) => setKind(value as RestrictionKind)}
      />
      <Textarea
        id={targets.details}
        label="What do the roles you name need to know?"
        hint="Everyone who can see the family sees that the marker exists; only the roles you name can read this, and each reading is recorded"
        rows={4}
        value={details}
        error={form.problems.fields.details}
        onChange={(event) => setDetails(event.target.value)}
      />
      <Checkboxes
        id={`${ID}-roles`}
        legend="Who may read the details?"
        hint={kind === 'DOMESTIC_ABUSE' ? 'The household’s address is withheld from every role you do not select' : 'Select all that apply'}
        options={Object.entries(NAMEABLE_ROLES).map(([value, label]) => ({ value, label }))}
        selected={roles}
        error={form.problems.fields.visibleToRoles}
        onChange={setRoles}
      />
      {hidesAddressFromViewer && <WarningText>You have not selected your own role, so once the marker is added you will no longer see the household’s address.</WarningText>}
      <SubmitButtons submitting={form.submitting} label="Add marker" busyLabel="Saving…" onCancel={onCancel} />
    </form>
  );
}
