/**
 * SG17_DB → the store behind the ports: `postgres://user:pass@host:5432/db` opens PostgreSQL
 * (several hosts share it), anything else is a SQLite file path (one host; the default).
 */
import { isPostgresUrl, openPostgresStore, type PostgresOptions } from './postgres.js';
import type { Store } from './port.js';
import { openStore } from './sqlite.js';

export { isPostgresUrl as isServerDatabase };

/**
 * Open the store SG17_DB names. SQLite is opened and migrated at once (a bad file stops start-up);
 * PostgreSQL connects and migrates on first use, so a database that is not up yet degrades the
 * service instead of stopping it.
 */
export function openAnyStore(db: string, options: PostgresOptions = {}): Store {
  return isPostgresUrl(db) ? openPostgresStore(db, options) : openStore(db);
}
