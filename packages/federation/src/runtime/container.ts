import { remoteEntryUrl } from './remote-entry.ts';

/** A remote entry as the federation plugin builds it: an ES module with init and get. */
interface RemoteContainer {
  init(shareScope: Record<string, unknown>): unknown;
  get(exposed: string): Promise<() => unknown>;
}

/**
 * Loads an exposed module straight from a remote entry, for pages that are
 * not federation hosts (a partner agency's own application). An empty share
 * scope makes the remote use its own React.
 */
export async function loadExposedModule<T>(baseUrl: string, exposed: string): Promise<T> {
  const container = (await import(/* @vite-ignore */ remoteEntryUrl(baseUrl))) as RemoteContainer;
  await container.init({});
  const factory = await container.get(exposed);
  return factory() as T;
}
