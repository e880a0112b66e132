import type { FamilyStatus, Role, SearchChoicesQuery } from '@hearth/client';
import { Button, Checkboxes, DateInput, ErrorSummary, humanise, problemSummary, Select, TextInput, type FormProblems } from '@hearth/ui';
import { useState, type FormEvent } from 'react';
import type { SearchValues } from './search-query.ts';
import { searchesByPerson, type SearchField } from './validate-search.ts';

const STATUSES: FamilyStatus[] = ['IDENTIFIED', 'ELIGIBLE', 'ALLOCATED', 'ENGAGED', 'PLAN_ACTIVE', 'OUTCOME_ACHIEVED', 'CLOSED', 'DECLINED', 'DISENGAGED', 'STEPPED_DOWN', 'STEPPED_UP'];

export const SEARCH_TARGETS: Record<SearchField, string> = {
  name: 'search-name',
  dateOfBirth: 'search-date-of-birth-day',
  reference: 'search-reference',
  postcode: 'search-postcode',
  statuses: `search-status-${STATUSES[0]}`,
  area: 'search-area',
  leadWorkerId: 'search-lead-worker',
};

export interface SearchFormProps {
  initial: SearchValues;
  role: Role;
  choices: SearchChoicesQuery;
  problems: FormProblems<SearchField>;
  onSubmit: (values: SearchValues) => void;
}

/** Keeps what was typed: a refused search shows its problems beside the answers that caused them. */
export function SearchForm({ initial, role, choices, problems, onSubmit }: SearchFormProps) {
  const [values, setValues] = useState(initial);
  const set = <K extends keyof SearchValues>(field: K) => (value: SearchValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(values);
  };
  const byPerson = searchesByPerson(role);
  return (
    <form noValidate onSubmit={submit} role="search" aria-label="Find a family">
      <ErrorSummary errors={problemSummary(problems, SEARCH_TARGETS)} />
      {byPerson ? (
        <>
          <TextInput id={SEARCH_TARGETS.name} label="Name of someone in the family" hint="Spelt as you heard it: close spellings are found too" autoComplete="off" spellCheck={false} value={values.name} error={problems.fields.name} onChange={(event) => set('name')(event.target.value)} />
          <DateInput id="search-date-of-birth" legend="Their date of birth" hint="For example, 27 3 1985" value={values.dateOfBirth} error={problems.fields.dateOfBirth} onChange={set('dateOfBirth')} />
        </>
      ) : (
        <div className="govuk-inset-text">Analysts see pseudonymised records, so cannot search by name, date of birth or postcode.</div>
      )}
      <TextInput id={SEARCH_TARGETS.reference} label="Family reference" hint="For example, FAM-000123 or 123" widthClass="govuk-input--width-10" autoComplete="off" value={values.reference} error={problems.fields.reference} onChange={(event) => set('reference')(event.target.value)} />
      {byPerson && <TextInput id={SEARCH_TARGETS.postcode} label="Postcode" hint="A full postcode, or its first half for the whole district" widthClass="govuk-input--width-10" autoComplete="off" value={values.postcode} error={problems.fields.postcode} onChange={(event) => set('postcode')(event.target.value)} />}
      <Checkboxes id="search-status" legend="Status" hint="Families at any of the statuses you select" small options={STATUSES.map((status) => ({ value: status, label: humanise(status) }))} selected={values.statuses} error={problems.fields.statuses} onChange={(selected) => set('statuses')(selected as FamilyStatus[])} />
      <Select id={SEARCH_TARGETS.area} label="Area" placeholder="Any area" options={choices.areas.map((area) => ({ value: area.name, label: area.name }))} value={values.area} error={problems.fields.area} onChange={(event) => set('area')(event.target.value)} />
      <Select id={SEARCH_TARGETS.leadWorkerId} label="Lead worker" placeholder="Any lead worker" options={choices.leadWorkers.map((worker) => ({ value: worker.id, label: worker.name }))} value={values.leadWorkerId} error={problems.fields.leadWorkerId} onChange={(event) => set('leadWorkerId')(event.target.value)} />
      <Button type="submit">Search</Button>
    </form>
  );
}
