import { ROLE_NAMES, type Role } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { formatDateTime, Loading, Pagination, ProblemMessage, Table, Tag, type TagColour } from '@hearth/ui';
import { useState } from 'react';
import { FamilyRecordAuditTrailQuery } from './audit-trail.query.ts';

type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DENIED';

const ACTIONS: Record<AuditAction, { label: string; colour: TagColour }> = {
  READ: { label: 'Read', colour: 'grey' },
  CREATE: { label: 'Created', colour: 'green' },
  UPDATE: { label: 'Changed', colour: 'blue' },
  DENIED: { label: 'Refused', colour: 'red' },
};

/** Which part of the family's record each subgraph holds, as a manager knows it. */
export const PARTS_OF_THE_RECORD: Record<string, string> = {
  families: 'Household and casework',
  criteria: 'Headline problems and evidence',
  interventions: 'Interventions',
  outcomes: 'Progress against the Outcomes Plan',
};

const roleName = (role: string) => ROLE_NAMES[role as Role] ?? role;
const actionOf = (action: string) => ACTIONS[action as AuditAction] ?? { label: action, colour: 'grey' as TagColour };

/**
 * Before criteria, interventions or outcomes write about a family they ask
 * families, as the worker, whether the worker may see it (subgraph-kit's
 * FamilyAccess); those reads are recorded too, and said here in words.
 */
const ACCESS_CHECKS: Record<string, string> = {
  HearthFamilyAccess: 'Checked the family could be seen, before a change',
  HearthFamilyMembers: 'Checked who lives in the family, before a change',
};

/** The gateway names the part of a page's query it sends a subgraph "FamilyProgress__families__0"; a manager knows it as FamilyProgress. */
const operationName = (operation: string) => operation.replace(/__\w+?__\d+$/, '');

const whatWasDone = (operation: string, fields: readonly string[]) =>
  ACCESS_CHECKS[operation] ?? `${operationName(operation)}${fields.length ? `: ${fields.join(', ')}` : ''}`;

/** Who read and changed every part of the family's record, newest first; reading it is itself recorded. */
export function AuditTable({ familyId, pageSize }: { familyId: string; pageSize: number }) {
  const [page, setPage] = useState(0);
  const result = useGatewayQuery(FamilyRecordAuditTrailQuery, { familyId });
  if (result.status === 'loading') return <Loading what="the audit trail" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The audit trail could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const family = result.data.family;
  if (!family) return <p className="govuk-body">This family’s record could not be found.</p>;
  const entries = family.recordAuditTrail;
  if (entries.length === 0) return <p className="govuk-body">Nobody has read or changed this family’s record yet.</p>;
  const first = page * pageSize;
  // Each entry's place in the trail is its key: the trail is fixed once read.
  const shown = entries.slice(first, first + pageSize).map((entry, i) => ({ ...entry, position: first + i }));
  const range = `${first + 1} to ${first + shown.length} of ${entries.length}`;
  return (
    <>
      <Table
        caption={`The family’s audit trail, newest first: ${range}`}
        captionHidden
        rowKey={(entry) => String(entry.position)}
        rows={shown}
        columns={[
          { header: 'When', nowrap: true, cell: (entry) => formatDateTime(entry.at) },
          { header: 'Part of the record', cell: (entry) => PARTS_OF_THE_RECORD[entry.source] ?? entry.source },
          { header: 'Who', cell: (entry) => `${entry.actorUsername} (${roleName(entry.actorRole)})` },
          { header: 'Did', cell: (entry) => <Tag colour={actionOf(entry.action).colour}>{actionOf(entry.action).label}</Tag> },
          { header: 'What', cell: (entry) => whatWasDone(entry.operation, entry.fields) },
          { header: 'Reason given', cell: (entry) => entry.reason ?? '' },
        ]}
      />
      <p className="govuk-body">
        Showing {range}
        {entries.length >= 200 ? ' (the newest 200)' : ''}
      </p>
      <Pagination
        label="Pages of the audit trail"
        previous={page > 0 ? { href: '#previous-audit-events', onFollow: () => setPage(page - 1) } : undefined}
        next={first + pageSize < entries.length ? { href: '#next-audit-events', onFollow: () => setPage(page + 1) } : undefined}
      />
    </>
  );
}
