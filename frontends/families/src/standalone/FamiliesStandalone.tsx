import type { Identity } from '@hearth/client';
import { StandalonePage, useHashRoute } from '@hearth/ui';
import AuditTrail from '../audit-trail/AuditTrail.tsx';
import MyCaseload from '../caseload/MyCaseload.tsx';
import FamilyList from '../family-list/FamilyList.tsx';
import FamilyOverview from '../family-record/FamilyOverview.tsx';
import { seesFigures } from '../figures/figures-words.ts';
import ProgrammeFigures from '../figures/ProgrammeFigures.tsx';
import CaseloadOversight from '../oversight/CaseloadOversight.tsx';
import FamilySearch from '../search/FamilySearch.tsx';
import { allocates } from '../viewer.ts';

/** Every page this remote exposes, at #/…, as the portal would show them. */
export function FamiliesStandalone({ gatewayUrl }: { gatewayUrl: string }) {
  const route = useHashRoute();
  const [path = '/', search = ''] = route.split('?');
  return (
    <StandalonePage title="Families" gatewayUrl={gatewayUrl}>
      {(session, user) => (
        <>
          <Menu user={user} />
          <Page path={path} search={search} session={session} user={user} />
        </>
      )}
    </StandalonePage>
  );
}

function Menu({ user }: { user: Identity | null }) {
  const links = [
    { href: '#/', text: 'Families' },
    { href: '#/search', text: 'Search' },
    ...(user?.role === 'LEAD_WORKER' ? [{ href: '#/my-caseload', text: 'My caseload' }] : []),
    ...(user && allocates(user.role) ? [{ href: '#/oversight', text: 'Oversight' }] : []),
    ...(user && seesFigures(user.role) ? [{ href: '#/figures', text: 'Programme figures' }] : []),
  ];
  return (
    <nav aria-label="Pages of this remote" className="govuk-!-margin-bottom-6">
      <ul className="govuk-list govuk-list--inline">
        {links.map((link) => (
          <li key={link.href}>
            <a className="govuk-link" href={link.href}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Page({ path, search, session, user }: { path: string; search: string; session: { gatewayUrl: string; token: string }; user: Identity | null }) {
  const familyId = path.match(/^\/families\/([^/]+)$/)?.[1];
  if (familyId) {
    return (
      <>
        <h1 className="govuk-heading-xl">Family</h1>
        <FamilyOverview session={session} viewer={user} familyId={familyId} />
        {user?.role === 'MANAGER' && <AuditTrail session={session} familyId={familyId} />}
      </>
    );
  }
  if (path === '/search') {
    return (
      <>
        <h1 className="govuk-heading-xl">Search</h1>
        <FamilySearch session={session} viewer={user} search={search} searchHref={(query) => `#/search?${query}`} onSearch={(query) => (window.location.hash = `#/search?${query}`)} />
      </>
    );
  }
  if (path === '/my-caseload') {
    return (
      <>
        <h1 className="govuk-heading-xl">My caseload</h1>
        <MyCaseload session={session} />
      </>
    );
  }
  if (path === '/oversight') {
    return (
      <>
        <h1 className="govuk-heading-xl">Oversight</h1>
        <CaseloadOversight session={session} viewer={user} />
      </>
    );
  }
  if (path === '/figures') {
    return (
      <>
        <h1 className="govuk-heading-xl">Programme figures</h1>
        <ProgrammeFigures session={session} viewer={user} />
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-xl">Families</h1>
      <FamilyList session={session} />
    </>
  );
}
