import { fakeGateway } from '@hearth/client/testing';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HeadlineProblemsCatalogue from '../src/catalogue/HeadlineProblemsCatalogue.tsx';
import FamilyProblems from '../src/family-problems/FamilyProblems.tsx';

const session = { gatewayUrl: 'http://gateway.test', token: 't' };

afterEach(() => vi.unstubAllGlobals());

describe('HeadlineProblemsCatalogue', () => {
  it('groups the headline problems by phase, Phase 2 first, each with its indicators', async () => {
    vi.stubGlobal(
      'fetch',
      fakeGateway({
        HeadlineProblems: () => ({
          headlineProblems: [
            { code: 'P1_BENEFITS', phase: 'PHASE_1', title: 'In receipt of out-of-work benefits (Phase 1)', indicators: [{ code: 'P1_OUT_OF_WORK_BENEFITS', description: 'An adult in the household is in receipt of out-of-work benefits' }] },
            { code: 'DOMESTIC_ABUSE', phase: 'PHASE_2', title: 'Domestic abuse', indicators: [{ code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' }] },
          ],
        }),
      }).fetch,
    );
    render(<HeadlineProblemsCatalogue session={session} />);
    const phases = await screen.findAllByRole('heading', { level: 2 });
    expect(phases.map((heading) => heading.textContent)).toEqual(['Phase 2 (2015 to 2020)', 'Phase 1 (2012 to 2015)']);
    expect(screen.getByRole('heading', { level: 3, name: 'Domestic abuse' })).toBeInTheDocument();
    expect(screen.getByText('Referred to MARAC')).toBeInTheDocument();
    expect(screen.getByText(/at least 2 of these 6 headline problems/)).toBeInTheDocument();
  });
});

describe('FamilyProblems', () => {
  const answer = (eligible: boolean) => ({
    family: {
      id: 'family-1',
      eligibility: { eligible, phase2ProblemCount: eligible ? 2 : 1 },
      members: [{ id: 'p-ella', fullName: 'Ella Smyth' }],
      headlineProblems: [
        {
          problem: { code: 'CRIME_ASB', phase: 'PHASE_2', title: 'Crime and anti-social behaviour' },
          evidence: [
            { id: 'e1', personId: 'p-ella', source: 'South Yorkshire Police', observedAt: '2026-01-18T00:00:00.000Z', indicator: { code: 'CRIME_PROVEN_OFFENCE', description: 'Child or young person who has committed a proven offence in the past 12 months' } },
          ],
        },
        {
          problem: { code: 'DOMESTIC_ABUSE', phase: 'PHASE_2', title: 'Domestic abuse' },
          evidence: [{ id: 'e2', personId: null, source: 'MARAC', observedAt: '2025-11-18T00:00:00.000Z', indicator: { code: 'DA_MARAC_REFERRAL', description: 'Referred to MARAC' } }],
        },
      ].slice(0, eligible ? 2 : 1),
    },
  });

  it('shows each problem with its evidence, who it concerns and when it was seen', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProblems: () => answer(true) }).fetch);
    render(<FamilyProblems session={session} familyId="family-1" />);
    expect(await screen.findByTestId('eligibility')).toHaveTextContent('Eligible 2 of 6 Phase 2 headline problems');
    const crime = screen.getByRole('table', { name: 'Evidence of crime and anti-social behaviour' });
    expect(crime).toHaveTextContent('Ella Smyth');
    expect(crime).toHaveTextContent('18 January 2026');
    expect(screen.getByRole('table', { name: 'Evidence of domestic abuse' })).toHaveTextContent('The whole household');
  });

  it('says how far a family is from eligibility', async () => {
    vi.stubGlobal('fetch', fakeGateway({ FamilyProblems: () => answer(false) }).fetch);
    render(<FamilyProblems session={session} familyId="family-1" />);
    expect(await screen.findByTestId('eligibility')).toHaveTextContent('Not yet eligible 1 of 6 Phase 2 headline problems (at least 2 are needed)');
  });
});
