/** The remote entry's file name, known to the build (vite-config.ts) and to loaders alike. */
export const REMOTE_ENTRY_FILE = 'remoteEntry.js';

/** The global function a host page answers "where is this remote's entry?" with (see runtime/remotes.ts). */
export const REMOTE_ENTRY_RESOLVER = '__hearthRemoteEntryUrl';
