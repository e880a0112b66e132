import { fileURLToPath } from 'node:url';
import { DEMO_USERS } from '@hearth/demo-data';
import { startFrontends } from './frontends.ts';
import { startStack } from './stack.ts';

/**
 * `pnpm start`: Hearth on one machine. Without DATABASE_URL the data lives in
 * an embedded PostgreSQL under .hearth-data/ (git-ignored), so it survives
 * restarts; with it, the same code uses that server.
 */
const dataDir = fileURLToPath(new URL('../../../.hearth-data/postgres', import.meta.url));
const started = Date.now();
const stack = await startStack({
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  fixedPorts: true,
  seedDemo: process.env.HEARTH_DEMO_SEED !== 'false',
});

// The portal, the remotes and the partner demo, each built and served on its own port as if deployed apart.
const frontends = await startFrontends({ gatewayUrl: stack.gatewayOrigin });

const lines = [
  '',
  `Hearth is running (ready in ${((Date.now() - started) / 1000).toFixed(1)}s)`,
  `  Database       ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL, data in ${dataDir}`}`,
  `  Portal         ${frontends.urls.portal}`,
  `  GraphQL        ${stack.gatewayUrl}`,
  ...Object.entries(stack.subgraphs).map(([name, subgraph]) => `  ${name.padEnd(14)} ${subgraph.url} (only answers the gateway)`),
  ...Object.entries(frontends.urls)
    .filter(([name]) => name !== 'portal')
    .map(([name, url]) => `  ${`${name} (web)`.padEnd(14)} ${url}`),
  '',
  '  Demo users (POST /auth/dev/sign-in {"user": "<username>"}):',
  ...DEMO_USERS.map((user) => `    ${user.username!.padEnd(15)} ${user.role}`),
  '',
  'Press Ctrl-C to stop.',
];
console.log(lines.join('\n'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping Hearth…');
    Promise.all([frontends.stop(), stack.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
