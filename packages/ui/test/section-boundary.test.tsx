import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '../src/components/SectionBoundary.tsx';

describe('SectionBoundary', () => {
  it('shows what failed in its own section only, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const Flaky = () => {
      if (broken) throw new Error('remote entry did not load');
      return <p>Interventions loaded</p>;
    };
    const onRetry = vi.fn(() => {
      broken = false;
    });
    render(
      <>
        <SectionBoundary section="Interventions" onRetry={onRetry}>
          <Flaky />
        </SectionBoundary>
        <p>The rest of the page</p>
      </>,
    );

    const failed = screen.getByRole('region', { name: 'Interventions' });
    expect(failed).toHaveTextContent('Interventions cannot be shown right now');
    expect(screen.getByRole('heading', { level: 2, name: 'Interventions' })).toBeInTheDocument();
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /Try again/ }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(await screen.findByText('Interventions loaded')).toBeInTheDocument();
  });
});
