import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, SuccessBanner } from '@hearth/ui';
import { useState } from 'react';
import { CaseloadOversightQuery } from './oversight.query.ts';
import { StaleFamilies } from './StaleFamilies.tsx';
import { UnallocatedQueue } from './UnallocatedQueue.tsx';
import { AreaWorkers, OverLimitWorkers } from './WorkerTables.tsx';

export function OversightArea({ area, weeks, familyHref }: { area: string; weeks: number; familyHref: (id: string) => string }) {
  const result = useGatewayQuery(CaseloadOversightQuery, { area, staleAfterWeeks: weeks });
  const [saved, setSaved] = useState<{ message: string; detail: string; count: number } | null>(null);
  if (result.status === 'loading') return <Loading what={`the caseloads in ${area}`} />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={`The caseloads in ${area} could not be shown`}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const oversight = result.data.caseloadOversight;
  const changed = (detail: string) => (message: string) => {
    setSaved((previous) => ({ message, detail, count: (previous?.count ?? 0) + 1 }));
    result.refetch();
  };
  return (
    <div data-section="caseload-oversight" aria-busy={result.refreshing || undefined}>
      {saved && (
        <SuccessBanner key={saved.count} title={saved.message}>
          <p className="govuk-body">{saved.detail}</p>
        </SuccessBanner>
      )}
      <UnallocatedQueue area={area} families={oversight.unallocated} workers={oversight.workers} familyHref={familyHref} onAllocated={changed('The caseloads below include the allocation.')} onReload={result.refetch} />
      <OverLimitWorkers area={area} workers={oversight.overLimit} />
      <AreaWorkers area={area} workers={oversight.workers} onLimitSaved={changed('The caseloads below are measured against the new limit.')} onReload={result.refetch} />
      <StaleFamilies area={area} weeks={weeks} stale={oversight.stale} familyHref={familyHref} />
    </div>
  );
}
