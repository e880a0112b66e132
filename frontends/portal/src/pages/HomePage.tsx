import { ROLE_NAMES } from '@hearth/client';
import { navigationFor } from '../layout/navigation.ts';
import { usePageTitle } from '../layout/use-page-change.ts';
import { useSignedInSession } from '../session/session-context.tsx';

const DESCRIPTIONS: Record<string, string> = {
  '/my-caseload': 'The families you lead, the one gone longest without contact first, with the steps each can take next.',
  '/oversight': 'Families waiting for a lead worker, lead workers’ caseloads against their limits, and families gone quiet, area by area.',
  '/search': 'Find a family by a member’s name, date of birth, reference or postcode, narrowed by status, area or lead worker.',
  '/families': 'The families you work with or oversee: members, lead worker, headline problems, interventions and progress.',
  '/figures': 'How many families there are, by status, area, identification route and cohort, with lead workers and their average caseload.',
  '/headline-problems': 'The criteria a family is identified by, and the indicators that show each one.',
  '/intervention-models': 'The six models of intervention a family’s plan can draw on.',
  '/outcomes-plan': 'What significant and sustained progress means here, problem by problem.',
  '/partner': 'The families your agency works with, and nominating a family into the programme.',
};

export function HomePage() {
  usePageTitle('Home');
  const { user } = useSignedInSession();
  return (
    <>
      <span className="govuk-caption-l">{ROLE_NAMES[user.role]}</span>
      <h1 className="govuk-heading-xl">Welcome, {user.name}</h1>
      <p className="govuk-body-l">Hearth brings together what every agency knows about a family in the Supporting Families programme.</p>
      <ul className="govuk-list">
        {navigationFor(user.role, '/').map((item) => (
          <li key={item.href} className="govuk-!-margin-bottom-4">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <a className="govuk-link" href={item.href}>
                {item.text}
              </a>
            </h2>
            <p className="govuk-body">{DESCRIPTIONS[item.href]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
