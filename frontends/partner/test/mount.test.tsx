import { fakeGateway } from '@hearth/client/testing';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from '../src/widget/mount.tsx';
import { agencyFamilies, nominationChoices } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('mount', () => {
  it('renders the widget inside a shadow root with its own styles, adding none to the host page', async () => {
    const gateway = fakeGateway({ AgencyFamilies: () => agencyFamilies(['FAM-000002']), NominationChoices: () => nominationChoices });
    vi.stubGlobal('fetch', gateway.fetch);
    const stylesBefore = document.querySelectorAll('style, link[rel=stylesheet]').length;
    const host = document.body.appendChild(document.createElement('div'));

    const widget = mount(host, { gatewayUrl: 'http://gateway.test', token: 'partner-token' });

    const shadow = host.shadowRoot!;
    expect(shadow).not.toBeNull();
    expect(shadow.querySelector('style')?.textContent).toContain(':host { all: initial');
    await waitFor(() => expect(shadow.textContent).toContain('FAM-000002'));
    expect(host.textContent).toBe('');
    expect(document.querySelectorAll('style, link[rel=stylesheet]').length).toBe(stylesBefore);
    expect(gateway.calls.every((call) => call.authorization === 'Bearer partner-token')).toBe(true);

    widget.unmount();
    expect(shadow.childNodes.length).toBe(0);
  });
});
