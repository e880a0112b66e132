import { fakeGateway } from '@hearth/client/testing';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AuditTrail from '../src/audit-trail/AuditTrail.tsx';
import { session } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('the audit trail', () => {
  it('shows who read and changed the record, and why they broke glass', async () => {
    const gateway = fakeGateway({
      FamilyAuditTrail: () => ({
        auditTrail: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: 'c2' },
          edges: [
            { node: { id: 'ev-2', at: '2026-11-02T14:05:00.000Z', actorUsername: 'helen.carter', actorRole: 'MANAGER', action: 'READ', operation: 'RestrictedDetails', fields: ['restrictions.details'], reason: 'Case review on Friday' } },
            { node: { id: 'ev-1', at: '2026-11-01T09:30:00.000Z', actorUsername: 'sarah.ahmed', actorRole: 'LEAD_WORKER', action: 'READ', operation: 'FamilyProgress__families__0', fields: ['id'], reason: null } },
          ],
        },
      }),
    });
    vi.stubGlobal('fetch', gateway.fetch);
    render(<AuditTrail session={session} familyId="family-21" />);
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows[0]).toHaveTextContent('2 November 2026 at 2:05pmhelen.carter (Manager)ReadRestrictedDetails: restrictions.detailsCase review on Friday');
    expect(rows[1]).toHaveTextContent('FamilyProgress: id');
    expect(gateway.calls[0]?.variables).toEqual({ familyId: 'family-21', first: 20, after: null });
  });

  it('shows why it cannot be read when Hearth refuses', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyAuditTrail: () => ({ errors: [{ message: 'Your role (LEAD_WORKER) cannot read the audit trail', code: 'FORBIDDEN' }] }) }).fetch);
    render(<AuditTrail session={session} familyId="family-21" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role (LEAD_WORKER) cannot read the audit trail');
  });
});
