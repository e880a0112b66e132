import { fakeGateway } from '@hearth/client/testing';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The federation runtime needs a federation build; here each remote module renders its own name.
const loadRemoteModule = vi.fn(async (remote: string, module: string) => ({ default: () => <p>{`${remote} ${module}`}</p> }));
vi.mock('@hearth/federation/runtime', () => ({ loadRemoteModule }));
const { App } = await import('../src/App.tsx');
const { SessionProvider } = await import('../src/session/session-context.tsx');

const token = ['e30', btoa(JSON.stringify({ exp: 4_000_000_000 })).replace(/=+$/, ''), 'signature'].join('.');

function signedInAs(role: 'MANAGER' | 'LEAD_WORKER' | 'PARTNER') {
  sessionStorage.setItem('hearth:portal:session', JSON.stringify({ token, user: { sub: 'w-1', username: 'someone', name: 'Someone', role, agencyId: 'a-1', areas: ['Rotherham North'] } }));
}

function openFamily(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider gatewayUrl="http://gateway.test">
        <App />
      </SessionProvider>
    </MemoryRouter>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
  loadRemoteModule.mockClear();
});

describe('the family page', () => {
  it('says “Family not found” for a family the worker may not see, and loads none of its sections', async () => {
    signedInAs('PARTNER');
    vi.stubGlobal('fetch', fakeGateway({ FamilyHeading: () => ({ errors: [{ message: 'No family with id family-99', code: 'NOT_FOUND' }] }) }).fetch);
    openFamily('/families/family-99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Family not found' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Family not found – Hearth');
    expect(screen.getByRole('link', { name: 'Search for a family' })).toHaveAttribute('href', '/search');
    expect(loadRemoteModule).not.toHaveBeenCalled();
  });

  it('adds the audit trail for a manager, after the sections every role sees', async () => {
    signedInAs('MANAGER');
    vi.stubGlobal('fetch', fakeGateway({ FamilyHeading: () => ({ family: { id: 'family-21', reference: 'FAM-000021' } }) }).fetch);
    openFamily('/families/family-21');
    expect(await screen.findByRole('heading', { level: 1, name: 'FAM-000021' })).toBeInTheDocument();
    expect(await screen.findByText('families ./AuditTrail')).toBeInTheDocument();
    expect(loadRemoteModule.mock.calls.map(([remote, module]) => `${remote} ${module}`)).toEqual([
      'families ./FamilyOverview',
      'criteria ./FamilyProblems',
      'interventions ./FamilyInterventions',
      'outcomes ./FamilyProgress',
      'families ./AuditTrail',
    ]);
  });

  it('leaves the audit trail off for a lead worker', async () => {
    signedInAs('LEAD_WORKER');
    vi.stubGlobal('fetch', fakeGateway({ FamilyHeading: () => ({ family: { id: 'family-21', reference: 'FAM-000021' } }) }).fetch);
    openFamily('/families/family-21');
    expect(await screen.findByText('outcomes ./FamilyProgress')).toBeInTheDocument();
    expect(screen.queryByText('families ./AuditTrail')).not.toBeInTheDocument();
  });
});
