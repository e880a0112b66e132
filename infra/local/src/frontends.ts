import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FRONTEND_APP_NAMES, FRONTEND_PORTS, REMOTE_NAMES, type FrontendAppName } from '@hearth/federation/frontends';
import { remoteUrlVariable } from '@hearth/federation/runtime-config';

export interface FrontendsOptions {
  /** The gateway's origin (a trailing /graphql is accepted and dropped). */
  gatewayUrl: string;
  /** Serve only these (portal, families, criteria, interventions, outcomes, partner, partner-demo); all when absent. */
  only?: string[];
  /** Skip the build when the dist/ folders are known to be current. */
  build?: boolean;
  /** Where the frontends' output goes; each line arrives prefixed with its frontend's name. */
  log?: (line: string) => void;
}

export interface RunningFrontends {
  urls: Record<string, string>;
  /** Stops one frontend's server, as if that team's deployment were down. */
  stopOne(name: string): Promise<void>;
  stop(): Promise<void>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const READY_TIMEOUT_MS = 30_000;

/**
 * Builds every frontend (turbo replays unchanged builds from its cache) and
 * serves each with `vite preview` on its own port, the way each would be
 * deployed apart: the portal and the partner demo learn where the gateway
 * and the remotes are from their /config.json, which reads this environment.
 */
export async function startFrontends(options: FrontendsOptions): Promise<RunningFrontends> {
  const log = options.log ?? ((line: string) => console.log(line));
  const names = selectFrontends(options.only);
  if (options.build !== false) await buildFrontends(names, log);

  const env = runtimeEnvironment(options.gatewayUrl);
  const servers = new Map<FrontendAppName, ChildProcess>();
  const stopOne = async (name: string) => {
    const server = servers.get(name as FrontendAppName);
    servers.delete(name as FrontendAppName);
    if (server) await terminate(server);
  };
  const stop = async () => {
    await Promise.all([...servers.keys()].map(stopOne));
  };
  try {
    await Promise.all(names.map(async (name) => servers.set(name, await serve(name, env, log))));
  } catch (error) {
    await stop();
    throw error;
  }
  const urls = Object.fromEntries(names.map((name) => [name, `http://localhost:${FRONTEND_PORTS[name]}`]));
  return { urls, stopOne, stop };
}

function selectFrontends(only: string[] | undefined): FrontendAppName[] {
  if (!only) return FRONTEND_APP_NAMES;
  const unknown = only.filter((name) => !FRONTEND_APP_NAMES.includes(name as FrontendAppName));
  if (unknown.length) throw new Error(`No frontend called ${unknown.join(', ')}; there are ${FRONTEND_APP_NAMES.join(', ')}`);
  return only as FrontendAppName[];
}

function runtimeEnvironment(gatewayUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HEARTH_GATEWAY_URL: gatewayUrl.replace(/\/graphql\/?$/, '').replace(/\/+$/, '') };
  for (const remote of REMOTE_NAMES) env[remoteUrlVariable(remote)] ??= `http://localhost:${FRONTEND_PORTS[remote]}`;
  return env;
}

async function buildFrontends(names: FrontendAppName[], log: (line: string) => void): Promise<void> {
  const filters = names.map((name) => `--filter=@hearth/frontend-${name}`);
  const turbo = spawn(join(ROOT, 'node_modules/.bin/turbo'), ['run', 'build', ...filters, '--output-logs=errors-only', '--concurrency=2'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixOutput(turbo, 'build', log);
  const code = await new Promise<number | null>((done) => turbo.on('exit', done));
  if (code !== 0) throw new Error(`Building the frontends failed (turbo exited ${code}); see the [build] lines above`);
}

async function serve(name: FrontendAppName, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ChildProcess> {
  const dir = join(ROOT, 'frontends', name);
  const vite = join(dirname(createRequire(join(dir, 'package.json')).resolve('vite/package.json')), 'bin/vite.js');
  const port = FRONTEND_PORTS[name];
  // Its own process group, so stopping it stops everything it started.
  const child = spawn(process.execPath, [vite, 'preview', '--configLoader', 'runner', '--port', String(port), '--strictPort'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  prefixOutput(child, name, log);
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`The ${name} frontend's server stopped (exit ${code}) before it answered on port ${port}; is the port taken?`))),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([waitUntilAnswering(`http://localhost:${port}/`), exited]);
  } catch (error) {
    await terminate(child);
    throw error;
  }
  return child;
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${READY_TIMEOUT_MS / 1000}s`);
    await new Promise((next) => setTimeout(next, 150));
  }
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}

function prefixOutput(child: ChildProcess, name: string, log: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => line.trim() && log(`[${name}] ${line}`));
  }
}
