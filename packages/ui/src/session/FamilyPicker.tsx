import type { GatewaySession } from '@hearth/client';
import { GatewayProvider, useGatewayQuery } from '@hearth/client/react';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/Button.tsx';
import { Loading } from '../components/Loading.tsx';
import { FamilyPickerQuery } from './family-picker.query.ts';

/**
 * For a remote's standalone page: choose one of the families the signed-in
 * user may see, and go to #/families/<id> to see the remote's family view.
 */
export function FamilyPicker({ session }: { session: GatewaySession }) {
  return (
    <GatewayProvider session={session}>
      <FamilyChoice />
    </GatewayProvider>
  );
}

function FamilyChoice() {
  const result = useGatewayQuery(FamilyPickerQuery, {});
  const [chosen, setChosen] = useState('');
  if (result.status === 'loading') return <Loading what="families" />;
  if (result.status === 'error') return <p className="govuk-body">Families could not be listed: {result.error.message}</p>;
  const families = result.data.families.edges.map((edge) => edge.node);
  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = chosen || families[0]?.id;
    if (id) window.location.hash = `#/families/${id}`;
  };
  return (
    <form onSubmit={open} className="govuk-!-margin-bottom-8">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="family-picker">
          See one family
        </label>
        <select id="family-picker" className="govuk-select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {families.map((family) => (
            <option key={family.id} value={family.id}>
              {family.reference}, {family.area}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Show this family
      </Button>
    </form>
  );
}
