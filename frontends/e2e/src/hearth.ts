import { startStack } from '@hearth/local';
import { startFrontends, type RunningFrontends } from '@hearth/local/frontends';

export interface RunningHearth {
  gatewayOrigin: string;
  frontends: RunningFrontends;
  stop(): Promise<void>;
}

/**
 * The whole of Hearth for the browser tests: the stack (the embedded
 * database, or E2E_DATABASE_URL's PostgreSQL) on free ports, or an already
 * running gateway at E2E_GATEWAY_URL; then every frontend on its own port.
 */
export async function startHearth(): Promise<RunningHearth> {
  const stack = process.env.E2E_GATEWAY_URL ? null : await startStack({ databaseUrl: process.env.E2E_DATABASE_URL, seedDemo: true });
  const gatewayOrigin = process.env.E2E_GATEWAY_URL?.replace(/\/graphql\/?$/, '') ?? stack!.gatewayOrigin;
  let frontends: RunningFrontends;
  try {
    frontends = await startFrontends({ gatewayUrl: gatewayOrigin, log: (line) => process.stdout.write(`${line}\n`) });
  } catch (error) {
    await stack?.stop();
    throw error;
  }
  return {
    gatewayOrigin,
    frontends,
    async stop() {
      await frontends.stop();
      await stack?.stop();
    },
  };
}
