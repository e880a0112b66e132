import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { printSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { IDENTITY_HEADER, verifyGatewaySignature, type Identity } from '@hearth/auth';
import { requireEnv, subgraphUrl } from '@hearth/config';
import { AuditLog, auditReadsOf } from './audit.ts';
import type { SubgraphContext } from './context.ts';
import { createServiceDataSource, migrate, StatementCounter } from './data-source.ts';
import type { SubgraphDefinition } from './define.ts';
import { formatError } from './errors.ts';
import { FamilyAccess, type FamilyVisibility } from './family-access.ts';
import { createLogger, type Logger } from './logger.ts';
import { buildFederatedSchema } from './schema.ts';

export interface SubgraphOptions {
  port: number;
  databaseUrl: string;
  /** Shared with the gateway only: identities signed with it are the only ones trusted. */
  gatewaySecret: string;
  seedDemo?: boolean;
  host?: string;
  /** The families subgraph, which alone decides who may see a family; required by every other subgraph. */
  familiesUrl?: string;
}

export interface RunningSubgraph {
  url: string;
  db: DataSource;
  statements: StatementCounter;
  log: Logger;
  stop(): Promise<void>;
}

export async function buildSchemaOf<L>(definition: SubgraphDefinition<L>): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      globalMiddlewares: definition.audit ? [auditReadsOf(definition.audit.entity)] : [],
    },
    definition.references,
  );
}

/** Writes the request's audit entries before the response goes, so an unaudited read is never answered. */
function auditPlugin(db: DataSource, log: Logger): ApolloServerPlugin<SubgraphContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName }) {
          const audit = contextValue.audit;
          if (!audit || audit.size === 0) return;
          // The gateway names each subgraph fetch <Operation>__<subgraph>__<n>; the audit keeps the client's name.
          audit.operation = operationName?.replace(/__\w+__\d+$/, '') ?? 'anonymous';
          try {
            await audit.flush(db);
          } catch (error) {
            log.error({ err: error }, 'could not write the audit trail');
            throw error;
          }
        },
      };
    },
  };
}

type IdentifiedRequest = express.Request & { identity?: Identity; identityToken?: string };

function requireGatewaySignature(secret: string, log: Logger): RequestHandler {
  return (req, res, next) => {
    const header = req.header(IDENTITY_HEADER);
    const refuse = (why: string) => {
      log.warn({ why, ip: req.ip }, 'refused a request that did not come through the gateway');
      res.status(401).json({
        errors: [{ message: 'This service only answers requests signed by the Hearth gateway.', extensions: { code: 'UNAUTHENTICATED' } }],
      });
    };
    if (!header) return refuse('no identity header');
    verifyGatewaySignature(header, secret).then(
      (identity) => {
        (req as IdentifiedRequest).identity = identity;
        (req as IdentifiedRequest).identityToken = header;
        next();
      },
      (error: unknown) => refuse(error instanceof Error ? error.message : 'invalid signature'),
    );
  };
}

/** In the families subgraph itself access is decided by its own scope, so asking it is a programming error. */
const NO_FAMILY_ACCESS: FamilyVisibility = {
  async assertVisible() {
    throw new Error('the families subgraph decides access itself; use its own scope');
  },
  async currentMemberIds() {
    throw new Error('the families subgraph knows its own members; read them there');
  },
};

/** Starts one subgraph: database up to date, then GraphQL at /graphql and health at /healthz. */
export async function startSubgraph<L>(definition: SubgraphDefinition<L>, options: SubgraphOptions): Promise<RunningSubgraph> {
  const log = createLogger(definition.name);
  const familiesUrl = definition.name === 'families' ? undefined : options.familiesUrl;
  if (definition.name !== 'families' && !familiesUrl) {
    throw new Error(`${definition.name} needs familiesUrl: writes about a family are checked with the families subgraph`);
  }
  const statements = new StatementCounter();
  const db = createServiceDataSource({
    url: options.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    log,
    counter: statements,
  });
  await db.initialize();
  const applied = await migrate(db, definition.name);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  await definition.referenceData?.(db);
  if (options.seedDemo) {
    await definition.demoSeed?.(db);
    log.info('demo data present');
  }

  const schema = await buildSchemaOf(definition);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema,
    logger: log,
    formatError: formatError(log),
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (SIGTERM/SIGINT stop every server, then the database, in order).
    stopOnTerminationSignals: false,
    // No Apollo Studio here: traces would only cost time.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      ...(definition.audit ? [auditPlugin(db, log) as ApolloServerPlugin<SubgraphContext<L>>] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', service: definition.name });
    } catch (error) {
      log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  app.use(
    '/graphql',
    requireGatewaySignature(options.gatewaySecret, log),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { identity, identityToken } = req as IdentifiedRequest as Required<IdentifiedRequest>;
        const audit = definition.audit ? new AuditLog(identity, `"${definition.name}".audit_event`) : undefined;
        return {
          identity,
          db,
          loaders: definition.loaders(db, identity),
          log: log.child({ user: identity.username }),
          // A write refused because the family is not the caller's is audited where the write was tried.
          families: familiesUrl
            ? new FamilyAccess(familiesUrl, identityToken, (familyId, fields) => audit?.record('DENIED', { familyId }, fields))
            : NO_FAMILY_ACCESS,
          audit,
        };
      },
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}/graphql`;
  log.info({ url }, `${definition.name} subgraph ready`);

  return {
    url,
    db,
    statements,
    log,
    async stop() {
      await apollo.stop();
      await db.destroy();
    },
  };
}

/** The entry point of a subgraph process: configuration from the environment, stop on SIGTERM/SIGINT. */
export async function runSubgraphFromEnv<L>(definition: SubgraphDefinition<L>, defaultPort: number): Promise<void> {
  const running = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? defaultPort),
    databaseUrl: requireEnv('DATABASE_URL'),
    gatewaySecret: requireEnv('HEARTH_GATEWAY_SECRET'),
    seedDemo: process.env.HEARTH_DEMO_SEED === 'true',
    familiesUrl: subgraphUrl('families'),
  });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

/** The subgraph's SDL as composition sees it (what `pnpm compose` feeds to Apollo's composer). */
export async function subgraphSdl<L>(definition: SubgraphDefinition<L>): Promise<string> {
  return printSubgraphSchema(await buildSchemaOf(definition));
}
