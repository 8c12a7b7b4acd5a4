/**
 * A database migrated by a newer sg17 (a schema version beyond this code's migrations) stops
 * `sg17 serve` at start, before it listens: one clear line on stderr naming the store and both
 * versions, and a non-zero exit. SQLite always; PostgreSQL when SG17_TEST_PG names a server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../src/store/postgres.js';
import { openStore } from '../src/store/sqlite.js';
import { TEST_PG, freshDatabase, noteMissingPostgres, sql } from './pg-harness.js';
import { killAll, startService, type ServiceProcess } from './service-process.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

if (!TEST_PG) noteMissingPostgres();

const TOO_NEW = 99;

/** It exits non-zero without ever listening, saying why in one line. */
async function expectRefused(service: ServiceProcess, store: string): Promise<void> {
  const { code } = await service.exited(20_000);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(service.lines.some((l) => String(l.msg).includes('listening'))).toBe(false);
  const said = service.stderr();
  expect(said).toMatch(new RegExp(`has schema version ${TOO_NEW}, but this sg17 knows only up to \\d+: a newer sg17 migrated it`));
  expect(said).toContain(store);
}

describe('a schema newer than the code stops `sg17 serve`', () => {
  it('SQLite: a migration number beyond the code’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sg17-too-new-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'sg17.db');
    await openStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO migrations (version, applied_at) VALUES (?, '2030-01-01T00:00:00.000Z')").run(TOO_NEW);
    db.close();
    await expectRefused(startService({ SG17_DB: file }), file);
  }, 30_000);

  it.runIf(TEST_PG)(
    'PostgreSQL: a migration number beyond the code’s',
    async () => {
      const db = await freshDatabase();
      cleanup.push(db.drop);
      const store = openPostgresStore(db.url);
      await store.ping();
      await store.close();
      await sql(db.url, 'INSERT INTO schema_migrations (version) VALUES ($1)', [TOO_NEW]);
      await expectRefused(startService({ SG17_DB: db.url, SG17_DB_CONNECT_TIMEOUT_MS: '2000' }), db.name);
    },
    30_000,
  );
});
