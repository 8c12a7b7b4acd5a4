/**
 * Moving from one host's SQLite file to PostgreSQL: every table the ports keep (subscriptions, follows,
 * the reminder ledger with its claims and message ids, meta — last tick, announced dataset,
 * console default — and calendar sequences) copied row for row, in one PostgreSQL transaction.
 * Rows the target already has are kept (ON CONFLICT DO NOTHING), so a second run copies nothing twice.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { migratePostgres } from './postgres-schema.js';
import { redactUrl } from './postgres.js';

/** The tables copied, with their columns (the same in both schemas). */
export const COPIED_TABLES = {
  subscriptions: ['channel', 'questions', 'leads', 'at', 'time_zone', 'enabled', 'disabled_reason', 'created_at', 'created_by', 'updated_at'],
  reminder_ledger: [
    'key',
    'channel',
    'item_id',
    'lead',
    'due_at',
    'late',
    'payload',
    'status',
    'claimant',
    'claim_until',
    'attempts',
    'message_id',
    'note',
    'updated_at',
  ],
  meta: ['key', 'value'],
  calendar_versions: ['uid', 'hash', 'sequence', 'modified_at', 'event'],
  follows: ['person', 'questions', 'leads', 'at', 'time_zone', 'time_zone_source', 'gone_reason', 'created_at', 'updated_at'],
} as const;
export type CopiedTable = keyof typeof COPIED_TABLES;

export type CopyReport = Record<CopiedTable, { read: number; copied: number }>;

/** Copy the SQLite file at `from` (opened read-only, never changed) into the PostgreSQL database at `to`. */
export async function copySqliteToPostgres(from: string, to: string, options: { connectTimeoutMs?: number } = {}): Promise<CopyReport> {
  const source = new Database(from, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: to, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, statement_timeout: 60_000 });
  try {
    await client.connect();
    await migratePostgres(client as unknown as pg.PoolClient, redactUrl(to), 30_000);
    await client.query('BEGIN');
    const report = {} as CopyReport;
    for (const [table, columns] of Object.entries(COPIED_TABLES) as [CopiedTable, readonly string[]][]) {
      // A file from before a table existed (an older sg17 that never migrated it) has none of its rows.
      const exists = source.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      const rows = exists ? (source.prepare(`SELECT ${columns.join(', ')} FROM ${table}`).all() as Record<string, unknown>[]) : [];
      let copied = 0;
      const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
      const insert = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT DO NOTHING`;
      for (const row of rows)
        copied +=
          (
            await client.query(
              insert,
              columns.map((c) => row[c] ?? null),
            )
          ).rowCount ?? 0;
      report[table] = { read: rows.length, copied };
    }
    // Running schedulers re-plan from the copied subscriptions on their next tick.
    await client.query("UPDATE meta SET value = (CAST(value AS BIGINT) + 1)::text WHERE key = 'subscriptions_revision'");
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await client.end().catch(() => undefined);
  }
}
