import { loadExposedModule, loadRuntimeConfig } from '@hearth/federation/container';
import { connect, offerPartnerWorkers } from './connect.ts';

/** What the partner remote's './mount' module exports; the page needs nothing else of Hearth's code. */
interface PartnerMount {
  mount(element: HTMLElement, options: { gatewayUrl: string; token: string }): { unmount(): void };
}

const form = document.querySelector<HTMLFormElement>('#connect')!;
const select = document.querySelector<HTMLSelectElement>('#worker')!;
const status = document.querySelector<HTMLParagraphElement>('#connect-status')!;
const slot = document.querySelector<HTMLDivElement>('#hearth-widget')!;

const { gatewayUrl, remotes } = await loadRuntimeConfig();
let mounted: { unmount(): void } | undefined;

offerPartnerWorkers(gatewayUrl, select).catch(() => {
  status.textContent = 'Hearth cannot be reached just now.';
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = 'Connecting to Hearth…';
  try {
    const [{ token, user }, widget] = await Promise.all([connect(gatewayUrl, select.value), loadExposedModule<PartnerMount>(remotes.partner, './mount')]);
    mounted?.unmount();
    mounted = widget.mount(slot, { gatewayUrl, token });
    status.textContent = `Connected to Hearth as ${user.name}.`;
  } catch (error) {
    status.textContent = `Hearth's widget could not be shown: ${error instanceof Error ? error.message : String(error)}`;
  }
});
