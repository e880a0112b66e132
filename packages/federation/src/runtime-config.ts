import { DEFAULT_GATEWAY_URL, FRONTEND_PORTS, REMOTE_NAMES, type RemoteName } from './frontends.ts';

/**
 * What a page learns when it starts, rather than at build time: where the
 * gateway is and where each remote is deployed. Keeping this out of the
 * bundle is what lets every remote be released on its own schedule.
 */
export interface RuntimeConfig {
  gatewayUrl: string;
  remotes: Record<RemoteName, string>;
}

export const RUNTIME_CONFIG_PATH = '/config.json';

/** HEARTH_GATEWAY_URL and HEARTH_REMOTE_<NAME>_URL override the local ports. */
export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const remotes = Object.fromEntries(
    REMOTE_NAMES.map((name) => [name, trimSlash(env[remoteUrlVariable(name)] ?? `http://localhost:${FRONTEND_PORTS[name]}`)]),
  ) as Record<RemoteName, string>;
  return { gatewayUrl: trimSlash(env.HEARTH_GATEWAY_URL ?? DEFAULT_GATEWAY_URL), remotes };
}

export function remoteUrlVariable(name: RemoteName): string {
  return `HEARTH_REMOTE_${name.toUpperCase()}_URL`;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
