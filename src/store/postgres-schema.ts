/**
 * The PostgreSQL schema as ordered migrations (index + 1 is the version; append only), applied at
 * start by whichever instance takes the advisory lock first; the others wait (bounded) and then
 * find nothing left to do. A database whose schema is newer than this list stops the service.
 */
import type { PoolClient } from 'pg';
import { SchemaTooNew } from './port.js';

export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     channel TEXT PRIMARY KEY,
     questions TEXT NOT NULL,
     leads TEXT NOT NULL,
     at TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1,
     disabled_reason TEXT,
     created_at TEXT NOT NULL,
     created_by TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE reminder_ledger (
     key TEXT PRIMARY KEY,
     channel TEXT NOT NULL,
     item_id TEXT NOT NULL,
     lead TEXT NOT NULL,
     due_at TEXT NOT NULL,
     late INTEGER NOT NULL,
     payload TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed','sent','dropped','gone')),
     claimant TEXT,
     claim_until BIGINT NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     message_id TEXT,
     note TEXT,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX reminder_ledger_in_doubt ON reminder_ledger (status, claim_until);
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE calendar_versions (uid TEXT PRIMARY KEY, hash TEXT NOT NULL, sequence INTEGER NOT NULL, modified_at TEXT, event TEXT);
   INSERT INTO meta (key, value) VALUES ('subscriptions_revision', '0');`,
  // Personal follows (reminders by direct message); a row is deleted, not flagged, on "unfollow all".
  `CREATE TABLE follows (
     person TEXT PRIMARY KEY,
     questions TEXT NOT NULL,
     leads TEXT NOT NULL,
     at TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     time_zone_source TEXT NOT NULL,
     gone_reason TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );`,
];

/** Any fixed number: the key of the session-wide advisory lock that serialises migrations. */
const MIGRATION_LOCK = 1_717_017;

/**
 * Bring the schema up to date under the advisory lock, in one transaction (PostgreSQL DDL is
 * transactional: a failed migration leaves the previous version). Waits at most `lockWaitMs` for
 * another instance's migration.
 */
export async function migratePostgres(client: PoolClient, name: string, lockWaitMs: number): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.floor(lockWaitMs))}`);
    await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(lockWaitMs)) + 30_000}`);
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const found = rows[0]?.v ?? 0;
    if (found > PG_MIGRATIONS.length) throw new SchemaTooNew(name, found, PG_MIGRATIONS.length);
    for (let v = found + 1; v <= PG_MIGRATIONS.length; v++) {
      await client.query(PG_MIGRATIONS[v - 1]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v]);
    }
    await client.query('COMMIT');
    return PG_MIGRATIONS.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
