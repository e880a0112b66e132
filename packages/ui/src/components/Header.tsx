import type { MouseEvent } from 'react';

export interface NavigationItem {
  href: string;
  text: string;
  current?: boolean;
}

export interface HeaderUser {
  name: string;
  /** How the programme names the role, e.g. "Lead worker". */
  roleName: string;
  agencyName?: string | null;
}

export interface HeaderProps {
  organisation: string;
  serviceName: string;
  homeHref?: string;
  navigation?: NavigationItem[];
  user?: HeaderUser;
  onSignOut?: () => void;
}

/**
 * The GOV.UK generic header (a council is not GOV.UK, so no crown) and the
 * service navigation beneath it, with who is signed in and in what role.
 */
export function Header({ organisation, serviceName, homeHref = '/', navigation = [], user, onSignOut }: HeaderProps) {
  const signOut = (event: MouseEvent) => {
    event.preventDefault();
    onSignOut?.();
  };
  return (
    <header>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <a href={homeHref} className="govuk-generic-header__homepage-link">
              {organisation}
            </a>
          </div>
        </div>
      </div>
      <section aria-label="Service information" className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <a href={homeHref} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            </span>
            {navigation.length > 0 && (
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {navigation.map((item) => (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <a className="govuk-service-navigation__link" href={item.href} aria-current={item.current ? 'page' : undefined}>
                        {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
          {user && (
            <p className="govuk-body-s govuk-!-margin-bottom-2 hearth-signed-in" data-testid="signed-in-user">
              Signed in as <strong>{user.name}</strong>, {user.roleName}
              {user.agencyName ? ` (${user.agencyName})` : ''}
              {onSignOut && (
                <>
                  {' · '}
                  <a href="/sign-out" className="govuk-link" onClick={signOut}>
                    Sign out
                  </a>
                </>
              )}
            </p>
          )}
        </div>
      </section>
    </header>
  );
}
