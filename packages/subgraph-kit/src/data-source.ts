import 'reflect-metadata';
import { DataSource, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import type { Logger } from './logger.ts';

/** Counts the statements a service sends, so tests and benchmarks can prove batching. */
export class StatementCounter {
  count = 0;
  readonly recent: string[] = [];
  record(sql: string) {
    this.count += 1;
    this.recent.push(sql);
    if (this.recent.length > 200) this.recent.shift();
  }
}

class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: Logger,
    private readonly counter: StatementCounter,
  ) {}
  logQuery(query: string) {
    this.counter.record(query);
    this.logger.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    this.logger.warn({ err: error, sql: query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string) {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    this.logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.logger.warn({ detail: message }, 'typeorm');
  }
}

export interface ServiceDataSourceOptions {
  url: string;
  /** The PostgreSQL schema this service owns; it reads and writes nothing else. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log: Logger;
  counter: StatementCounter;
}

export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    // ids come from gen_random_uuid(), built into PostgreSQL 13+; no extension to install.
    installExtensions: false,
    logging: true,
    logger: new CountingLogger(options.log, options.counter),
    maxQueryExecutionTime: 1000,
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 8) },
  });
}

/**
 * Creates the schema (the migrations table lives in it) and brings it up to
 * date. Replicas starting together take turns under an advisory lock, so only
 * one of them runs each migration.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(hashtext($1))`, [`hearth-migrate:${schema}`]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(hashtext($1))`, [`hearth-migrate:${schema}`]).catch(() => undefined);
    await lock.release();
  }
}
