import type { FamilyProblemsQuery } from '@hearth/client';
import { formatDate, Table } from '@hearth/ui';

type Family = NonNullable<FamilyProblemsQuery['family']>;

/** Each headline problem the family has, with the evidence for it, newest first as the subgraph orders it. */
export function EvidenceByProblem({ family }: { family: Family }) {
  const memberName = (personId: string | null) => family.members.find((member) => member.id === personId)?.fullName ?? 'The whole household';
  if (family.headlineProblems.length === 0) return <p className="govuk-body">No evidence of a headline problem has been recorded for this family.</p>;
  return (
    <>
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
    </>
  );
}
