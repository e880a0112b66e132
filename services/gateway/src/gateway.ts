import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { devTokenVerifier, oidcTokenVerifier, signIdentityForSubgraphs, type UserTokenVerifier } from '@hearth/auth';
import { formatError } from '@hearth/subgraph-kit/errors';
import cors from 'cors';
import express from 'express';
import { pino } from 'pino';
import { identifyCaller } from './auth/caller.ts';
import { devSignInRouter } from './auth/dev-sign-in.ts';
import type { GatewayContext } from './context.ts';
import { SignedSubgraphSource } from './subgraph-source.ts';

export interface GatewayOptions {
  port: number;
  host?: string;
  /** The composed supergraph (services/gateway/supergraph.graphql). */
  supergraphSdl: string;
  /** Shared with the subgraphs only. */
  gatewaySecret: string;
  /** Where each subgraph is, by name; falls back to the URL in the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** Either an OIDC issuer (production) or the dev sign-in secret (embedded mode), never both. */
  auth: { oidcIssuer: string; audience?: string } | { devSecret: string };
}

export interface RunningGateway {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const log = pino({ name: 'gateway', base: { service: 'gateway' }, level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info') });
  const verifier: UserTokenVerifier =
    'oidcIssuer' in options.auth ? await oidcTokenVerifier(options.auth.oidcIssuer, options.auth.audience) : devTokenVerifier(options.auth.devSecret);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SignedSubgraphSource({ url: options.subgraphUrls?.[name] ?? url }),
    logger: log,
  });

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (SIGTERM/SIGINT stop every server, then the database, in order).
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use(cors());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway', auth: verifier.mode });
  });
  if (verifier.mode === 'dev' && 'devSecret' in options.auth) app.use(devSignInRouter(options.auth.devSecret));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const identity = await identifyCaller(req.header('authorization'), verifier);
        return { identity, subgraphToken: await signIdentityForSubgraphs(identity, options.gatewaySecret) };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  log.info({ url: `${origin}/graphql`, auth: verifier.mode }, 'gateway ready');
  return {
    url: `${origin}/graphql`,
    origin,
    stop: () => apollo.stop(),
  };
}
