import { DemoSignIn } from '@hearth/ui';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../layout/use-page-change.ts';
import { useSession } from '../session/session-context.tsx';

export function SignInPage() {
  usePageTitle('Sign in');
  const { user, gatewayUrl, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Only ever return to a page of this portal.
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  if (user) return <Navigate to={next} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <DemoSignIn
          gatewayUrl={gatewayUrl}
          onSignedIn={(session) => {
            signIn(session);
            navigate(next, { replace: true });
          }}
        />
      </div>
    </div>
  );
}
