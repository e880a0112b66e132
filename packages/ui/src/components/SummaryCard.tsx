import type { ReactNode } from 'react';

export interface SummaryCardProps {
  title: string;
  /** h2 for a card that is a page section, h3 for a card within one. */
  headingLevel?: 2 | 3 | 4;
  /** Links or buttons about the whole card, shown beside its title. */
  actions?: ReactNode[];
  children: ReactNode;
  id?: string;
}

/** The GOV.UK summary card: one thing's details under its own title, with what can be done to it. */
export function SummaryCard({ title, headingLevel = 3, actions = [], children, id }: SummaryCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="govuk-summary-card" id={id}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {actions.length > 0 && (
          <ul className="govuk-summary-card__actions">
            {actions.map((action, index) => (
              <li key={index} className="govuk-summary-card__action">
                {action}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
