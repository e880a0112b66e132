import { fakeGateway } from '@hearth/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AuditTrail from '../src/audit-trail/AuditTrail.tsx';
import { session } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const entry = (overrides: Record<string, unknown>) => ({
  at: '2026-11-01T09:30:00.000Z',
  source: 'families',
  actorUsername: 'sarah.ahmed',
  actorRole: 'LEAD_WORKER',
  action: 'READ',
  operation: 'FamilyPage',
  fields: ['id'],
  reason: null,
  ...overrides,
});
const trail = (recordAuditTrail: ReturnType<typeof entry>[]) => fakeGateway({ FamilyRecordAuditTrail: () => ({ family: { id: 'family-21', recordAuditTrail } }) });

describe('the audit trail', () => {
  it('shows who read and changed every part of the record, which part, and why they broke glass', async () => {
    const gateway = trail([
      entry({ at: '2026-11-02T14:05:00.000Z', actorUsername: 'helen.carter', actorRole: 'MANAGER', operation: 'RestrictedDetails', fields: ['restrictions.details'], reason: 'Case review on Friday' }),
      entry({ at: '2026-11-02T11:00:00.000Z', source: 'criteria', action: 'CREATE', operation: 'RecordEvidence', fields: ['evidence'] }),
      entry({ at: '2026-11-02T10:00:00.000Z', source: 'interventions', operation: 'FamilyWork__interventions__1', fields: ['interventions'] }),
      entry({ at: '2026-11-01T12:00:00.000Z', source: 'outcomes', action: 'UPDATE', operation: 'RecordProgress', fields: ['outcomeProgress.status'] }),
      entry({ operation: 'FamilyProgress__families__0' }),
      entry({ operation: 'HearthFamilyAccess' }),
    ]);
    vi.stubGlobal('fetch', gateway.fetch);
    render(<AuditTrail session={session} familyId="family-21" />);
    const [header, ...rows] = await screen.findAllByRole('row');
    expect(header).toHaveTextContent('WhenPart of the recordWhoDidWhatReason given');
    expect(rows[0]).toHaveTextContent('2 November 2026 at 2:05pmHousehold and caseworkhelen.carter (Manager)ReadRestrictedDetails: restrictions.detailsCase review on Friday');
    expect(rows[1]).toHaveTextContent('Headline problems and evidencesarah.ahmed (Lead worker)CreatedRecordEvidence: evidence');
    expect(rows[2]).toHaveTextContent('Interventionssarah.ahmed (Lead worker)ReadFamilyWork: interventions');
    expect(rows[3]).toHaveTextContent('Progress against the Outcomes Plan');
    expect(rows[3]).toHaveTextContent('ChangedRecordProgress: outcomeProgress.status');
    expect(rows[4]).toHaveTextContent('Household and casework');
    expect(rows[4]).toHaveTextContent('FamilyProgress: id');
    // Another part of Hearth asking, as the worker, whether they may see the family before they change it.
    expect(rows[5]).toHaveTextContent('ReadChecked the family could be seen, before a change');
    expect(gateway.calls[0]?.variables).toEqual({ familyId: 'family-21' });
  });

  it('shows the trail a page at a time', async () => {
    const entries = Array.from({ length: 5 }, (_, i) => entry({ at: new Date(Date.UTC(2026, 10, 10 - i, 9)).toISOString(), operation: `Read${i + 1}` }));
    vi.stubGlobal('fetch', trail(entries).fetch);
    render(<AuditTrail session={session} familyId="family-21" pageSize={2} />);
    expect(await screen.findByText('Showing 1 to 2 of 5')).toBeInTheDocument();
    expect(screen.getAllByRole('row').slice(1).map((row) => row.textContent)).toEqual([expect.stringContaining('Read1: id'), expect.stringContaining('Read2: id')]);
    fireEvent.click(screen.getByRole('link', { name: /next/i }));
    expect(screen.getByText('Showing 3 to 4 of 5')).toBeInTheDocument();
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('Read3: id');
    fireEvent.click(screen.getByRole('link', { name: /next/i }));
    expect(screen.getByText('Showing 5 to 5 of 5')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /next/i })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: /previous/i }));
    expect(screen.getByText('Showing 3 to 4 of 5')).toBeInTheDocument();
  });

  it('says so when nobody has read or changed the record', async () => {
    vi.stubGlobal('fetch', trail([]).fetch);
    render(<AuditTrail session={session} familyId="family-21" />);
    expect(await screen.findByText('Nobody has read or changed this family’s record yet.')).toBeInTheDocument();
  });

  it('shows why it cannot be read when Hearth refuses', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyRecordAuditTrail: () => ({ errors: [{ message: 'Your role (LEAD_WORKER) cannot read the audit trail', code: 'FORBIDDEN' }] }) }).fetch);
    render(<AuditTrail session={session} familyId="family-21" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role (LEAD_WORKER) cannot read the audit trail');
  });
});
