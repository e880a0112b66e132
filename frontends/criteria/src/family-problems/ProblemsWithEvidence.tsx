import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { formatDate, Loading, ProblemMessage, Table } from '@hearth/ui';
import { Eligibility } from './Eligibility.tsx';
import { FamilyProblemsQuery } from './family-problems.query.ts';

export function ProblemsWithEvidence({ familyId }: { familyId: string }) {
  const result = useGatewayQuery(FamilyProblemsQuery, { id: familyId });
  if (result.status === 'loading') return <Loading what="headline problems" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? 'There is no family here that you can see' : 'Headline problems could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const family = result.data.family;
  if (!family) return null;
  const memberName = (personId: string | null) => family.members.find((member) => member.id === personId)?.fullName ?? 'The whole household';
  return (
    <section aria-labelledby="family-problems-heading" data-section="family-problems">
      <h2 className="govuk-heading-l" id="family-problems-heading">
        Headline problems
      </h2>
      <Eligibility eligible={family.eligibility.eligible} count={family.eligibility.phase2ProblemCount} />
      {family.headlineProblems.length === 0 && <p className="govuk-body">No evidence of a headline problem has been recorded for this family.</p>}
      {family.headlineProblems.map(({ problem, evidence }) => (
        <div key={problem.code}>
          <h3 className="govuk-heading-m">{problem.title}</h3>
          <Table
            caption={`Evidence of ${problem.title.toLowerCase()}`}
            captionHidden
            rowKey={(item) => item.id}
            rows={evidence}
            columns={[
              { header: 'Indicator', cell: (item) => item.indicator.description },
              { header: 'Concerns', cell: (item) => memberName(item.personId ?? null) },
              { header: 'Source', cell: (item) => item.source },
              { header: 'Observed', cell: (item) => formatDate(item.observedAt) },
            ]}
          />
        </div>
      ))}
    </section>
  );
}
