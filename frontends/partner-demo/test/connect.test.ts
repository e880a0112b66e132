import { afterEach, describe, expect, it, vi } from 'vitest';
import { offerPartnerWorkers } from '../src/connect.ts';

afterEach(() => vi.unstubAllGlobals());

describe('offerPartnerWorkers', () => {
  it('offers only partner agency workers, named with their agency', async () => {
    const users = [
      { username: 'sarah.ahmed', name: 'Sarah Ahmed', role: 'LEAD_WORKER', agencyName: 'Families for Change Team' },
      { username: 'mark.wilson', name: 'Mark Wilson', role: 'PARTNER', agencyName: 'South Yorkshire Police' },
      { username: 'grace.okafor', name: 'Grace Okafor', role: 'PARTNER', agencyName: 'Oakwood High School' },
    ];
    const fetch = vi.fn(async () => new Response(JSON.stringify(users)));
    vi.stubGlobal('fetch', fetch);
    const select = document.createElement('select');

    await offerPartnerWorkers('http://gateway.test/', select);

    expect(fetch).toHaveBeenCalledWith('http://gateway.test/auth/dev/users');
    expect([...select.options].map((option) => [option.value, option.textContent])).toEqual([
      ['mark.wilson', 'Mark Wilson, South Yorkshire Police'],
      ['grace.okafor', 'Grace Okafor, Oakwood High School'],
    ]);
  });
});
