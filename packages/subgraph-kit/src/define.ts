import type { IResolvers } from '@graphql-tools/utils';
import type { Identity } from '@hearth/auth';
import type { SubgraphName } from '@hearth/config';
import type { NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';

/**
 * Everything that makes one subgraph different from another. The kit does the
 * rest (server, auth, database, health, logs, shutdown), so a service's folder
 * holds only its domain.
 */
export interface SubgraphDefinition<Loaders> {
  /** Also the name of the PostgreSQL schema the service owns. */
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** __resolveReference per entity type, each through a DataLoader. */
  references?: IResolvers;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Programme reference data (catalogues) the service needs in every environment; must be idempotent. */
  referenceData?: (db: DataSource) => Promise<void>;
  /** Demo families for local use and demos; must be idempotent. */
  demoSeed?: (db: DataSource) => Promise<void>;
  /**
   * Audit every read and change of this entity type (every subgraph that
   * holds part of a family record audits it) into `<schema>.audit_event`,
   * which the service's migrations create (`auditTableStatements`).
   */
  audit?: { entity: string };
  /** Fresh DataLoaders for one request. */
  loaders: (db: DataSource, identity: Identity) => Loaders;
}

export function defineSubgraph<Loaders>(definition: SubgraphDefinition<Loaders>): SubgraphDefinition<Loaders> {
  return definition;
}
