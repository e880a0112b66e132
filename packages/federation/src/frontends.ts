import { FRONTENDS, GATEWAY_PORT } from '@hearth/config';

/**
 * Every page Hearth serves to a browser. The ports of the portal and the
 * remotes come from @hearth/config; the partner demo is not part of Hearth
 * itself (it stands in for a partner agency's own application), so its port
 * is kept here beside the others rather than in the platform's table.
 */
export const FRONTEND_PORTS = {
  ...Object.fromEntries(Object.entries(FRONTENDS).map(([name, { port }]) => [name, port])),
  'partner-demo': 5179,
} as Record<FrontendAppName, number>;

export type FrontendAppName = keyof typeof FRONTENDS | 'partner-demo';

/** The micro-frontends the portal loads at run time. */
export const REMOTE_NAMES = ['families', 'criteria', 'interventions', 'outcomes', 'partner'] as const;
export type RemoteName = (typeof REMOTE_NAMES)[number];

export const FRONTEND_APP_NAMES = Object.keys(FRONTEND_PORTS) as FrontendAppName[];

export const DEFAULT_GATEWAY_URL = `http://localhost:${GATEWAY_PORT}`;
