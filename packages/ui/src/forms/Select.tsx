import type { SelectHTMLAttributes } from 'react';
import { describedBy } from './field-ids.ts';
import { FieldMessages } from './FieldMessages.tsx';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options?: SelectOption[];
  /** Choices under headings (optgroups), after any ungrouped options: for a long list a worker scans by its headings. */
  groups?: { label: string; options: SelectOption[] }[];
  /** The first, empty choice, e.g. "Choose an area". */
  placeholder?: string;
}

export interface SelectOption {
  value: string;
  label: string;
}

export function Select({ id, label, hint, error, options = [], groups = [], placeholder, ...select }: SelectProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={select.name ?? id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
