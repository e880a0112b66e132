import type { Plugin } from 'vite';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RUNTIME_CONFIG_PATH, runtimeConfigFromEnv } from './runtime-config.ts';

/**
 * Serves /config.json from the server's environment on every request, in
 * `vite preview` and `vite dev` alike, so the same built files work wherever
 * the gateway and the remotes happen to be.
 */
export function runtimeConfigPlugin(): Plugin {
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== RUNTIME_CONFIG_PATH) return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(runtimeConfigFromEnv()));
  };
  return {
    name: 'hearth:runtime-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}
