// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the virtual module has no package to import types from; this carries them into every host that type-checks this file
/// <reference path="./federation-virtual.d.ts" />
import { __federation_method_getRemote, __federation_method_setRemote, __federation_method_wrapDefault } from '__federation__';
import type { RemoteName } from '../frontends.ts';
import { REMOTE_ENTRY_RESOLVER } from '../remote-entry-file.ts';
import { remoteEntryUrl } from './remote-entry.ts';
import { loadRuntimeConfig } from './runtime-config.ts';

async function entryUrl(name: string): Promise<string> {
  const { remotes } = await loadRuntimeConfig();
  const base = remotes[name as RemoteName];
  if (!base) throw new Error(`/config.json names no URL for the ${name} remote`);
  return remoteEntryUrl(base);
}

// The federation plugin asks this when a remote is first used (see hearthHost in vite-config.ts).
Object.assign(globalThis, { [REMOTE_ENTRY_RESOLVER]: entryUrl });

/** Failed loads so far, per remote; each retry asks for the entry under a new URL. */
const failures = new Map<RemoteName, number>();

/** One module a remote exposes (e.g. './FamilyList'), loaded from wherever the remote is deployed today. */
export async function loadRemoteModule<T>(name: RemoteName, exposed: string): Promise<T> {
  if (!__HEARTH_CONSUMES__.includes(name)) {
    throw new Error(`This page does not consume the ${name} remote; add it to hearthHost({ consumes }) in its vite.config.ts`);
  }
  try {
    // A remote entry hands back a module's default export alone when it has nothing else; make it a module again.
    return __federation_method_wrapDefault(await __federation_method_getRemote(name, exposed), true) as T;
  } catch (error) {
    const attempt = (failures.get(name) ?? 0) + 1;
    failures.set(name, attempt);
    // Browsers remember a module that failed to load by its URL, so the next try must ask for a new one.
    __federation_method_setRemote(name, { url: () => entryUrl(name).then((url) => `${url}?attempt=${attempt}`), format: 'esm', from: 'vite' });
    throw error;
  }
}
