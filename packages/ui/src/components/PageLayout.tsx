import type { ReactNode } from 'react';
import { Header, type HeaderProps } from './Header.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The frame of every Hearth page: skip link, header, one main landmark. */
export function PageLayout({ header, children }: { header: HeaderProps; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Header {...header} />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
