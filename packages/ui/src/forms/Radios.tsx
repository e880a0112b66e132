import { describedBy } from './field-ids.ts';
import { FieldMessages } from './FieldMessages.tsx';

export interface RadioOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadiosProps {
  id: string;
  legend: string;
  /** The legend is the page's heading when the question is the whole page. */
  legendAsHeading?: boolean;
  hint?: string;
  error?: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
}

export function Radios({ id, legend, legendAsHeading = false, hint, error, options, value, onChange }: RadiosProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend ${legendAsHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--s'}`}>
          {legendAsHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="govuk-radios" id={id}>
          {options.map((option) => {
            const optionId = `${id}-${option.value}`;
            return (
              <div key={option.value} className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={id}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
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
