import { isGatewayError } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { Loading, ProblemMessage, SuccessBanner } from '@hearth/ui';
import { useCallback, useState } from 'react';
import { doesCasework, type Viewer } from '../viewer.ts';
import { AgenciesSection } from './agencies/AgenciesSection.tsx';
import { CaseNotesSection } from './case-notes/CaseNotesSection.tsx';
import { ChronologySection } from './chronology/ChronologySection.tsx';
import { ConsentSection } from './consent/ConsentSection.tsx';
import { FamilyRecordQuery } from './family-record.query.ts';
import { HouseholdSection } from './household/HouseholdSection.tsx';
import { LeadWorkerSection } from './lead-worker/LeadWorkerSection.tsx';
import { MembersSection } from './members/MembersSection.tsx';
import { RestrictionsSection } from './restrictions/RestrictionsSection.tsx';
import { StatusSection } from './status/StatusSection.tsx';

export const NOT_FOUND_TITLE = 'There is no family with this reference that you can see';

/**
 * The family page's own sections, in the order a worker reads a family:
 * who they are, who works with them, what they agreed to, what to be careful
 * of, what has happened, where they stand, and the notes of contact.
 */
export function FamilyRecord({ familyId, viewer }: { familyId: string; viewer: Viewer }) {
  const result = useGatewayQuery(FamilyRecordQuery, { id: familyId, casework: doesCasework(viewer.role) });
  const [saved, setSaved] = useState<{ message: string; count: number } | null>(null);
  const [revision, setRevision] = useState(0);
  const { refetch } = result;
  const reload = useCallback(() => {
    refetch();
    setRevision((n) => n + 1);
  }, [refetch]);
  const changed = useCallback(
    (message: string) => {
      setSaved((previous) => ({ message, count: (previous?.count ?? 0) + 1 }));
      reload();
    },
    [reload],
  );

  if (result.status === 'loading') return <Loading what="the family" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title={isGatewayError(result.error, 'NOT_FOUND') ? NOT_FOUND_TITLE : 'The family could not be shown'}>
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const family = result.data.family;
  if (!family) return <ProblemMessage title={NOT_FOUND_TITLE} />;
  const props = { family, viewer, onChanged: changed, onReload: reload };
  return (
    <div data-section="family-overview" aria-busy={result.refreshing || undefined}>
      {saved && (
        <SuccessBanner key={saved.count} title={saved.message}>
          <p className="govuk-body">The family’s record below shows the change.</p>
        </SuccessBanner>
      )}
      <HouseholdSection {...props} areas={result.data.areas} />
      <MembersSection {...props} />
      <LeadWorkerSection {...props} />
      <AgenciesSection {...props} />
      <ConsentSection {...props} />
      <RestrictionsSection {...props} />
      <ChronologySection familyId={family.id} revision={revision} />
      <StatusSection {...props} />
      {family.caseNotes && <CaseNotesSection {...props} caseNotes={family.caseNotes} />}
    </div>
  );
}
