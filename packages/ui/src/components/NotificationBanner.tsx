import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A success banner that takes focus, so the outcome of an action is the next thing read out. */
export function SuccessBanner({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{title}</p>
        {children}
      </div>
    </div>
  );
}
