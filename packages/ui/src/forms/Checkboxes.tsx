import { describedBy } from './field-ids.ts';
import { FieldMessages } from './FieldMessages.tsx';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

export interface CheckboxesProps {
  id: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: CheckboxOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  small?: boolean;
}

export function Checkboxes({ id, legend, legendSize = 's', hint, error, options, selected, onChange, small = false }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} id={id}>
          {options.map((option) => {
            const optionId = `${id}-${option.value}`;
            return (
              <div key={option.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  checked={selected.includes(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
