import { describedBy } from './field-ids.ts';
import { FieldMessages } from './FieldMessages.tsx';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export interface DateInputProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
  /** Off for dates other than the person's own birthday (a contact date), so the browser does not offer theirs. */
  birthday?: boolean;
}

const PARTS = [
  { key: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { key: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { key: 'year', label: 'Year', width: 'govuk-input--width-4' },
] as const;

/** Day, month and year as three boxes, the GOV.UK way to ask for a date someone knows (a date of birth). */
export function DateInput({ id, legend, hint, error, value, onChange, birthday = true }: DateInputProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => (
            <div key={part.key} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {part.label}
                </label>
                <input
                  id={`${id}-${part.key}`}
                  name={`${id}-${part.key}`}
                  className={`govuk-input govuk-date-input__input ${part.width}${error ? ' govuk-input--error' : ''}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete={birthday ? `bday-${part.key}` : 'off'}
                  value={value[part.key]}
                  onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** YYYY-MM-DD if the three parts make a real calendar date, otherwise null. */
export function toIsoDate({ day, month, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{1,2}$/.test(month.trim()) || !/^\d{4}$/.test(year.trim())) return null;
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The three boxes filled from YYYY-MM-DD (an answer from the address bar), or left empty. */
export function fromIsoDate(iso: string | null | undefined): DateParts {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return parts ? { day: String(Number(parts[3])), month: String(Number(parts[2])), year: parts[1]! } : EMPTY_DATE;
}

export function isEmptyDate({ day, month, year }: DateParts): boolean {
  return !day.trim() && !month.trim() && !year.trim();
}
