export { hearthHost, hearthPage, hearthRemote, type HostOptions, type RemoteOptions } from './vite-config.ts';
export { REMOTE_ENTRY_FILE } from './remote-entry-file.ts';
export { runtimeConfigFromEnv, remoteUrlVariable, RUNTIME_CONFIG_PATH, type RuntimeConfig } from './runtime-config.ts';
export { DEFAULT_GATEWAY_URL, FRONTEND_APP_NAMES, FRONTEND_PORTS, REMOTE_NAMES, type FrontendAppName, type RemoteName } from './frontends.ts';
