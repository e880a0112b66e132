import { useEffect, useId, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the error is about; the link moves focus there. */
  fieldId?: string;
  text: string;
}

/**
 * Takes focus when it appears, so a screen reader user hears at once that the
 * form was not accepted and can jump from each message to its field.
 */
export function ErrorSummary({ title = 'There is a problem', errors }: { title?: string; errors: ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // A page can hold several forms, each with its own summary: every title needs its own id.
  const titleId = useId();
  const signature = errors.map((error) => error.text).join('|');
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [signature, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <div role="presentation">
        <h2 className="govuk-error-summary__title" id={titleId}>
          {title}
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.text}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId!)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function focusField(event: { preventDefault(): void; currentTarget: HTMLElement }, fieldId: string) {
  // Inside a shadow root (the partner widget) the document cannot find the field by its fragment.
  const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
  const field = root.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView?.({ block: 'center' });
  field.focus();
}
