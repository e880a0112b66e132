import { ROLE_NAMES } from '@hearth/client';
import { Header, SkipLink } from '@hearth/ui';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/session-context.tsx';
import { navigationFor } from './navigation.ts';
import { useLinkNavigation } from './use-link-navigation.ts';
import { usePageChangeFocus } from './use-page-change.ts';

export function PortalLayout() {
  const { user, signOut } = useSession();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const followLink = useLinkNavigation();
  usePageChangeFocus();
  return (
    // Only routes clicks that reached a link (Enter on a focused link is a click too).
    <div onClick={followLink}>
      <SkipLink />
      <Header
        organisation="Hearth"
        serviceName="Supporting Families"
        navigation={navigationFor(user?.role, pathname)}
        user={user ? { name: user.name, roleName: ROLE_NAMES[user.role] } : undefined}
        onSignOut={
          user
            ? () => {
                signOut();
                navigate('/sign-in');
              }
            : undefined
        }
      />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
