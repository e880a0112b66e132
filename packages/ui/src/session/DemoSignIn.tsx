import { listDemoUsers, ROLE_NAMES, signInAsDemoUser, type DemoUser, type Role, type SignIn } from '@hearth/client';
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../components/Button.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { Loading } from '../components/Loading.tsx';
import { ProblemMessage } from '../components/ProblemMessage.tsx';
import { Radios } from '../forms/Radios.tsx';

export interface DemoSignInProps {
  gatewayUrl: string;
  onSignedIn: (signIn: SignIn) => void;
  /** Offer only these roles (the partner widget's demo signs in partner workers only). */
  roles?: Role[];
  heading?: string;
}

const FIELD_ID = 'demo-user';

/** The embedded mode's sign-in: choose one of the seeded people, each with a role and an agency. */
export function DemoSignIn({ gatewayUrl, onSignedIn, roles, heading = 'Sign in to Hearth' }: DemoSignInProps) {
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    listDemoUsers(gatewayUrl)
      .then((all) => setUsers(roles ? all.filter((user) => roles.includes(user.role)) : all))
      .catch(() => setLoadError(`Hearth's sign-in service at ${gatewayUrl} did not answer.`));
  }, [gatewayUrl, roles?.join()]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError('Select who you want to sign in as');
      return;
    }
    setSubmitting(true);
    try {
      onSignedIn(await signInAsDemoUser(gatewayUrl, chosen));
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'Sign-in failed');
      setSubmitting(false);
    }
  };

  if (loadError) return <ProblemMessage title="You cannot sign in right now">{<p className="govuk-body">{loadError} Try again later.</p>}</ProblemMessage>;
  if (!users) return <Loading what="the people you can sign in as" />;
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={error ? [{ fieldId: `${FIELD_ID}-${users[0]?.username ?? ''}`, text: error }] : []} />
      <Radios
        id={FIELD_ID}
        legend={heading}
        legendAsHeading
        hint="This is a demonstration installation: choose one of the people it was seeded with."
        error={error ?? undefined}
        options={users.map((user) => ({
          value: user.username,
          label: user.name,
          hint: [ROLE_NAMES[user.role], user.agencyName].filter(Boolean).join(', '),
        }))}
        value={chosen}
        onChange={(value) => {
          setChosen(value);
          setError(null);
        }}
      />
      <Button type="submit" disabled={submitting}>
        Sign in
      </Button>
    </form>
  );
}
