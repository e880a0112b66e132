import { useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../layout/use-page-change.ts';
import { RemoteSection } from '../remotes/RemoteSection.tsx';
import { useSignedInSession } from '../session/session-context.tsx';

/** The search lives in the address, so it can be bookmarked and Back returns to the previous one. */
export function SearchPage() {
  usePageTitle('Search for a family');
  const { gateway, user } = useSignedInSession();
  const { search } = useLocation();
  const navigate = useNavigate();
  const href = (query: string) => (query ? `/search?${query}` : '/search');
  return (
    <>
      <h1 className="govuk-heading-xl">Search for a family</h1>
      <RemoteSection
        remote="families"
        module="./FamilySearch"
        section="Search for a family"
        headingWhenFailed={false}
        props={{ session: gateway, viewer: user, search: search.replace(/^\?/, ''), searchHref: href, onSearch: (query: string) => navigate(href(query)), familyHref: (id: string) => `/families/${id}` }}
      />
    </>
  );
}
