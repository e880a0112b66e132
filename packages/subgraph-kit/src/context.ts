import type { Identity } from '@hearth/auth';
import type { DataSource } from 'typeorm';
import type { AuditLog } from './audit.ts';
import type { FamilyVisibility } from './family-access.ts';
import type { Logger } from './logger.ts';

/** What every resolver receives: who is asking, the service's database and this request's loaders. */
export interface SubgraphContext<Loaders = unknown> {
  identity: Identity;
  db: DataSource;
  loaders: Loaders;
  log: Logger;
  /** Asks the families subgraph whether the caller may see a family (absent in families itself, which decides). */
  families: FamilyVisibility;
  /** Present where the subgraph audits its part of family records (all four). */
  audit?: AuditLog;
}
