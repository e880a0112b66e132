import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The federation runtime needs a federation build; here the remote module says what it was loaded as and for whom.
const loadRemoteModule = vi.fn(async (remote: string, module: string) => ({
  default: ({ viewer }: { viewer?: { role: string; areas: string[] } }) => <p>{`${remote} ${module} for ${viewer?.role} in ${viewer?.areas.join(', ') || 'no areas'}`}</p>,
}));
vi.mock('@hearth/federation/runtime', () => ({ loadRemoteModule }));
const { App } = await import('../src/App.tsx');
const { SessionProvider } = await import('../src/session/session-context.tsx');

const token = ['e30', btoa(JSON.stringify({ exp: 4_000_000_000 })).replace(/=+$/, ''), 'signature'].join('.');

function openAs(role: 'ANALYST' | 'COORDINATOR' | 'LEAD_WORKER', areas: string[], path: string) {
  sessionStorage.setItem('hearth:portal:session', JSON.stringify({ token, user: { sub: 'w-1', username: 'someone', name: 'Someone', role, agencyId: 'a-1', areas } }));
  render(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider gatewayUrl="http://gateway.test">
        <App />
      </SessionProvider>
    </MemoryRouter>,
  );
}

afterEach(() => {
  sessionStorage.clear();
  loadRemoteModule.mockClear();
});

describe('the programme figures page', () => {
  it('loads the families remote’s figures for the signed-in worker, under its own heading, marked current in the menu', async () => {
    openAs('COORDINATOR', ['Rotherham North', 'Rotherham South'], '/figures');
    expect(screen.getByRole('heading', { level: 1, name: 'Programme figures' })).toBeInTheDocument();
    expect(await screen.findByText('families ./ProgrammeFigures for COORDINATOR in Rotherham North, Rotherham South')).toBeInTheDocument();
    expect(document.title).toBe('Programme figures – Hearth');
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).getByRole('link', { name: 'Programme figures' })).toHaveAttribute('aria-current', 'page');
  });

  it('is offered on an analyst’s home page, with what it shows', () => {
    openAs('ANALYST', [], '/');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Programme figures' })).toHaveAttribute('href', '/figures');
    expect(screen.getByText(/^How many families there are, by status, area/)).toBeInTheDocument();
  });

  it('is not in a lead worker’s menu', () => {
    openAs('LEAD_WORKER', ['Rotherham North'], '/');
    expect(within(screen.getByRole('navigation', { name: 'Menu' })).queryByRole('link', { name: 'Programme figures' })).not.toBeInTheDocument();
  });
});
