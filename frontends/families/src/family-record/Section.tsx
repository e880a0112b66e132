import type { ReactNode } from 'react';

/** One titled section of the family page; the id lets other sections (and the skip to it) link here. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
