/**
 * Where every Hearth process listens. One table, so the start script, the
 * gateway, the manifests' tests and the frontends never disagree about a port.
 */
export const SUBGRAPHS = {
  families: { port: 4001 },
  criteria: { port: 4002 },
  interventions: { port: 4003 },
  outcomes: { port: 4004 },
} as const;

export type SubgraphName = keyof typeof SUBGRAPHS;
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

export const GATEWAY_PORT = 4000;

export const FRONTENDS = {
  portal: { port: 5173 },
  families: { port: 5174 },
  criteria: { port: 5175 },
  interventions: { port: 5176 },
  outcomes: { port: 5177 },
  partner: { port: 5178 },
} as const;

export type FrontendName = keyof typeof FRONTENDS;

/** Port of the embedded PostgreSQL; chosen so it never collides with a local server on 5432. */
export const EMBEDDED_DB_PORT = 54329;

/** The subgraph URL a service is reached at, overridable per service (e.g. FAMILIES_URL in Kubernetes). */
export function subgraphUrl(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[`${name.toUpperCase()}_URL`];
  return override ?? `http://localhost:${SUBGRAPHS[name].port}/graphql`;
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new Error(`Environment variable ${name} is required`);
  return value;
}
