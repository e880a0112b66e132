import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage } from '@hearth/ui';
import { PHASES } from '../phases.ts';
import { HeadlineProblemsQuery } from './headline-problems.query.ts';

export function CatalogueByPhase() {
  const result = useGatewayQuery(HeadlineProblemsQuery, {});
  if (result.status === 'loading') return <Loading what="the headline problems" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The headline problems could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  return (
    <>
      {PHASES.map(({ phase, title, rule }) => {
        const problems = result.data.headlineProblems.filter((problem) => problem.phase === phase);
        if (problems.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`phase-${phase}`} data-section="headline-problems-catalogue">
            <h2 className="govuk-heading-l" id={`phase-${phase}`}>
              {title}
            </h2>
            <p className="govuk-body">{rule}</p>
            {problems.map((problem) => (
              <div key={problem.code}>
                <h3 className="govuk-heading-m">{problem.title}</h3>
                <ul className="govuk-list govuk-list--bullet">
                  {problem.indicators.map((indicator) => (
                    <li key={indicator.code}>{indicator.description}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
