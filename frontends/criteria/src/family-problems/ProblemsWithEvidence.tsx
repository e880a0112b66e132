import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, SuccessBanner } from '@hearth/ui';
import { useState } from 'react';
import { RecordEvidence } from '../record-evidence/RecordEvidence.tsx';
import { Eligibility } from './Eligibility.tsx';
import { EvidenceByProblem } from './EvidenceByProblem.tsx';
import { FamilyProblemsQuery } from './family-problems.query.ts';

export function ProblemsWithEvidence({ familyId, mayRecord }: { familyId: string; mayRecord: boolean }) {
  const result = useGatewayQuery(FamilyProblemsQuery, { id: familyId });
  // The count keys the banner, so a second recording mounts a fresh one that takes focus again.
  const [recorded, setRecorded] = useState<{ message: string; count: number } | null>(null);
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
  const onRecorded = (message: string) => {
    setRecorded((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
    result.refetch();
  };
  return (
    <section aria-labelledby="family-problems-heading" data-section="family-problems" aria-busy={result.refreshing || undefined}>
      <h2 className="govuk-heading-l" id="family-problems-heading">
        Headline problems
      </h2>
      {recorded && (
        <SuccessBanner key={recorded.count} title={recorded.message}>
          <p className="govuk-body">The headline problems below show it.</p>
        </SuccessBanner>
      )}
      <Eligibility eligible={family.eligibility.eligible} count={family.eligibility.phase2ProblemCount} />
      {mayRecord && <RecordEvidence family={family} onRecorded={onRecorded} onReload={result.refetch} />}
      <EvidenceByProblem family={family} />
    </section>
  );
}
