import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, SuccessBanner } from '@hearth/ui';
import { useCallback, useState } from 'react';
import { RecordProgress } from '../record-progress/RecordProgress.tsx';
import { mayRecordProgress, type Viewer } from '../viewer.ts';
import { FamilyProgressQuery } from './family-progress.query.ts';
import { ProgressHistories } from './ProgressHistories.tsx';
import { ProgressTable } from './ProgressTable.tsx';

export function ProgressSection({ familyId, viewer }: { familyId: string; viewer: Viewer | null }) {
  const result = useGatewayQuery(FamilyProgressQuery, { id: familyId });
  // The count gives each success its own banner, so a second one takes focus again.
  const [saved, setSaved] = useState<{ message: string; count: number } | null>(null);
  const { refetch } = result;
  const recorded = useCallback(
    (message: string) => {
      setSaved((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
      refetch();
    },
    [refetch],
  );

  if (result.status === 'loading') return <Loading what="progress" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? 'There is no family here that you can see' : 'Progress could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const progress = result.data.family?.outcomeProgress ?? [];
  const problems = result.data.headlineProblems;
  return (
    <section aria-labelledby="family-progress-heading" data-section="family-progress" aria-busy={result.refreshing || undefined}>
      {saved && (
        <SuccessBanner key={saved.count} title={saved.message}>
          <p className="govuk-body">The progress table below shows the change.</p>
        </SuccessBanner>
      )}
      <h2 className="govuk-heading-l" id="family-progress-heading">
        Progress against the Outcomes Plan
      </h2>
      {mayRecordProgress(viewer) && <RecordProgress familyId={familyId} progress={progress} onRecorded={recorded} onReload={refetch} />}
      {progress.length === 0 ? (
        <p className="govuk-body">No progress has been recorded against the Outcomes Plan yet.</p>
      ) : (
        <>
          <ProgressTable progress={progress} problems={problems} />
          <ProgressHistories progress={progress} problems={problems} />
        </>
      )}
    </section>
  );
}
