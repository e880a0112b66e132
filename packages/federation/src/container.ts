// Entry point for pages that are not federation hosts: it must not import the host-only virtual module.
export { loadExposedModule } from './runtime/container.ts';
export { loadRuntimeConfig, type RuntimeConfig } from './runtime/runtime-config.ts';
export { remoteEntryUrl } from './runtime/remote-entry.ts';
