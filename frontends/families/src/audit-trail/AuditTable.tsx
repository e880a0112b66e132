import { ROLE_NAMES, type AuditAction, type Role } from '@hearth/client';
import { useGatewayQuery } from '@hearth/client/react';
import { formatDateTime, Loading, Pagination, ProblemMessage, Table, Tag, type TagColour } from '@hearth/ui';
import { useState } from 'react';
import { FamilyAuditTrailQuery } from './audit-trail.query.ts';

const ACTIONS: Record<AuditAction, { label: string; colour: TagColour }> = {
  READ: { label: 'Read', colour: 'grey' },
  CREATE: { label: 'Created', colour: 'green' },
  UPDATE: { label: 'Changed', colour: 'blue' },
  DENIED: { label: 'Refused', colour: 'red' },
};

const roleName = (role: string) => ROLE_NAMES[role as Role] ?? role;

/** The gateway names the part of a page's query it sends a subgraph "FamilyProgress__families__0"; a manager knows it as FamilyProgress. */
const operationName = (operation: string) => operation.replace(/__\w+?__\d+$/, '');

/** Who read and changed the family's record, newest first; reading it is itself recorded. */
export function AuditTable({ familyId, pageSize }: { familyId: string; pageSize: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const result = useGatewayQuery(FamilyAuditTrailQuery, { familyId, first: pageSize, after: cursors.at(-1) ?? null });
  if (result.status === 'loading') return <Loading what="the audit trail" />;
  if (result.status === 'error') {
    return (
      <ProblemMessage title="The audit trail could not be shown">
        <p className="govuk-body">{result.error.message}</p>
      </ProblemMessage>
    );
  }
  const { edges, pageInfo, totalCount } = result.data.auditTrail;
  if (totalCount === 0) return <p className="govuk-body">Nobody has read or changed this family’s record yet.</p>;
  const first = (cursors.length - 1) * pageSize + 1;
  return (
    <>
      <Table
        caption={`The family’s audit trail, newest first: ${first} to ${first + edges.length - 1} of ${totalCount}`}
        captionHidden
        rowKey={({ node }) => node.id}
        rows={edges}
        columns={[
          { header: 'When', nowrap: true, cell: ({ node }) => formatDateTime(node.at) },
          { header: 'Who', cell: ({ node }) => `${node.actorUsername} (${roleName(node.actorRole)})` },
          { header: 'Did', cell: ({ node }) => <Tag colour={ACTIONS[node.action].colour}>{ACTIONS[node.action].label}</Tag> },
          { header: 'What', cell: ({ node }) => `${operationName(node.operation)}${node.fields.length ? `: ${node.fields.join(', ')}` : ''}` },
          { header: 'Reason given', cell: ({ node }) => node.reason ?? '' },
        ]}
      />
      <p className="govuk-body">
        Showing {first} to {first + edges.length - 1} of {totalCount}
      </p>
      <Pagination
        label="Pages of the audit trail"
        previous={cursors.length > 1 ? { href: '#previous-audit-events', onFollow: () => setCursors(cursors.slice(0, -1)) } : undefined}
        next={pageInfo.hasNextPage && pageInfo.endCursor ? { href: '#next-audit-events', onFollow: () => setCursors([...cursors, pageInfo.endCursor]) } : undefined}
      />
    </>
  );
}
