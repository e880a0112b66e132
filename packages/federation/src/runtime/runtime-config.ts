import type { RuntimeConfig } from '../runtime-config.ts';

export type { RuntimeConfig };

let pending: Promise<RuntimeConfig> | undefined;

/** The page's run-time configuration, served beside it as /config.json; fetched once per page. */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  pending ??= fetch('/config.json', { cache: 'no-store' }).then(async (response) => {
    if (!response.ok) throw new Error(`Could not read the page configuration (/config.json answered ${response.status})`);
    return (await response.json()) as RuntimeConfig;
  });
  return pending;
}
