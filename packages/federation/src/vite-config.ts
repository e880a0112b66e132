import federation from '@originjs/vite-plugin-federation';
import react from '@vitejs/plugin-react';
import { createRequire } from 'node:module';
import type { Plugin, UserConfig } from 'vite';
import { FRONTEND_PORTS, type FrontendAppName, type RemoteName } from './frontends.ts';
import { REMOTE_ENTRY_FILE, REMOTE_ENTRY_RESOLVER } from './remote-entry-file.ts';
import { runtimeConfigPlugin } from './runtime-config-plugin.ts';

/**
 * React and react-dom are singletons: the host offers its copies to every
 * remote, so a page holds one React however many remotes it loads (two
 * Reacts break hooks and context across the boundary).
 */
const SHARED = ['react', 'react-dom'];

/**
 * The federation plugin looks itself up from the app being built to find its
 * helpers; the apps do not depend on it (this package does), so point it here.
 */
const FEDERATION_PLUGIN = createRequire(import.meta.url).resolve('@originjs/vite-plugin-federation');

/** Settings every Hearth page has, federated or not. */
export function hearthPage(name: FrontendAppName, plugins: Plugin[] = []): UserConfig {
  const port = FRONTEND_PORTS[name];
  return {
    plugins: [react(), runtimeConfigPlugin(), ...plugins],
    resolve: { alias: [{ find: /^@originjs\/vite-plugin-federation$/, replacement: FEDERATION_PLUGIN }] },
    // Remote entries use top-level await and are loaded across origins.
    build: { target: 'esnext' },
    server: { port, strictPort: true, cors: true },
    preview: { port, strictPort: true, cors: true },
    css: {
      preprocessorOptions: {
        // govuk-frontend's own Sass predates some deprecations; its warnings are not ours to fix.
        scss: { quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
      },
    },
  };
}

export interface RemoteOptions {
  name: RemoteName;
  /** Public module name (e.g. './FamilyList') to the file that implements it. */
  exposes: Record<string, string>;
}

/** A micro-frontend: its own page for working on it alone, plus a remote entry the portal loads. */
export function hearthRemote({ name, exposes }: RemoteOptions): UserConfig {
  return hearthPage(name, [federation({ name, filename: REMOTE_ENTRY_FILE, exposes, shared: SHARED }) as Plugin]);
}

export interface HostOptions {
  name: FrontendAppName;
  /** The remotes this host loads; where they live is read at run time (see runtime-config.ts). */
  consumes: readonly RemoteName[];
}

/**
 * The federation host. Each consumed remote's entry URL is asked of the page
 * at run time (runtime/remotes.ts answers from /config.json), so no URL is
 * baked into the build.
 */
export function hearthHost({ name, consumes }: HostOptions): UserConfig {
  const remotes = Object.fromEntries(
    consumes.map((remote) => [
      remote,
      { external: `globalThis.${REMOTE_ENTRY_RESOLVER}(${JSON.stringify(remote)})`, externalType: 'promise' as const, format: 'esm' as const, from: 'vite' as const },
    ]),
  );
  const config = hearthPage(name, [federation({ name, remotes, shared: SHARED }) as Plugin]);
  return { ...config, define: { __HEARTH_CONSUMES__: JSON.stringify(consumes) } };
}
