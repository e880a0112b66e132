export { loadRemoteModule } from './remotes.ts';
export { loadRuntimeConfig, type RuntimeConfig } from './runtime-config.ts';
export { remoteEntryUrl } from './remote-entry.ts';
