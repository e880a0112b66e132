import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** A postgres:// URL any pg client (TypeORM included) can use unchanged. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder the data is kept in; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 lets the OS pick a free port. */
  port?: number;
  host?: string;
}

/**
 * PostgreSQL without installing PostgreSQL: PGlite (Postgres compiled to WASM)
 * behind its socket server, so services connect with the ordinary wire protocol.
 * PGlite is one session; the socket server multiplexes many client connections
 * onto it and keeps a transaction's statements together.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  // The contrib extensions Hearth's migrations create (typo-tolerant name search); PGlite loads them on demand.
  const extensions = { pg_trgm, fuzzystrmatch };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir, extensions } : { extensions });
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 100 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
