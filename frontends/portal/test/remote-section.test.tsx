import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The federation runtime needs a federation build; here the remote loader is the thing under control.
const loadRemoteModule = vi.fn();
vi.mock('@hearth/federation/runtime', () => ({ loadRemoteModule }));
const { RemoteSection } = await import('../src/remotes/RemoteSection.tsx');

afterEach(() => loadRemoteModule.mockReset());

describe('RemoteSection', () => {
  it('renders the exposed component with the props the host passes', async () => {
    loadRemoteModule.mockResolvedValue({ default: ({ familyId }: { familyId: string }) => <p>Problems of {familyId}</p> });
    render(<RemoteSection remote="criteria" module="./FamilyProblems" section="Headline problems" props={{ familyId: 'family-7' }} />);
    expect(await screen.findByText('Problems of family-7')).toBeInTheDocument();
    expect(loadRemoteModule).toHaveBeenCalledWith('criteria', './FamilyProblems');
  });

  it('shows a named fallback when the remote is down, and loads afresh when asked to try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    loadRemoteModule.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    loadRemoteModule.mockResolvedValueOnce({ default: () => <p>Interventions are back</p> });
    render(<RemoteSection remote="interventions" module="./FamilyInterventions" section="Interventions" props={{}} />);

    expect(await screen.findByText('Interventions cannot be shown right now')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(await screen.findByText('Interventions are back')).toBeInTheDocument();
    expect(loadRemoteModule).toHaveBeenCalledTimes(2);
  });
});
