/**
 * The store contract on PostgreSQL (SG17_TEST_PG), and what only the server store does: migrations
 * under an advisory lock when instances start at once, a newer schema refused, an unreachable
 * server answered with StoreUnavailable within the connect timeout (never a hang).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Socket } from 'node:net';
import { openPostgresStore, redactUrl } from '../src/store/postgres.js';
import { PG_MIGRATIONS } from '../src/store/postgres-schema.js';
import { StoreUnavailable, type Store } from '../src/store/port.js';
import { ON_CI, TEST_PG, freshDatabase, noteMissingPostgres, sql } from './pg-harness.js';
import { storeContract } from './store-contract.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function open(url: string, options = {}): Store & { ready(): Promise<void> } {
  const s = openPostgresStore(url, { connectTimeoutMs: 2_000, ...options });
  cleanup.push(() => s.close());
  return s;
}
const urls = new WeakMap<Store, string>();
async function fresh(): Promise<Store> {
  const db = await freshDatabase();
  cleanup.push(db.drop);
  const s = open(db.url);
  urls.set(s, db.url);
  return s;
}

describe('PostgreSQL for the store tests', () => {
  it.runIf(ON_CI)('is given on CI (SG17_TEST_PG): the PostgreSQL half never goes unrun there', () => {
    expect(TEST_PG, 'CI must run the PostgreSQL store tests: .ci/run starts a cluster and exports SG17_TEST_PG').toBeDefined();
  });
  if (!TEST_PG) noteMissingPostgres();
});

describe.runIf(TEST_PG)('PostgreSQL store', () => {
  storeContract('PostgreSQL', () => ({
    fresh,
    again: async (store) => {
      const s = open(urls.get(store)!);
      return s;
    },
  }));

  it('migrates once when several instances start at once (advisory lock), recording each version', async () => {
    const db = await freshDatabase();
    cleanup.push(db.drop);
    await Promise.all([open(db.url).ready(), open(db.url).ready(), open(db.url).ready()]);
    const rows = await sql(db.url, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a schema newer than this code with a message naming both versions, without the password', async () => {
    const db = await freshDatabase();
    cleanup.push(db.drop);
    await open(db.url).ready();
    await sql(db.url, 'INSERT INTO schema_migrations (version) VALUES (99)');
    const withPassword = db.url.replace('://', '://sg17:s3cret@');
    const store = open(db.url);
    await expect(store.ping()).rejects.toThrow(/schema version 99, but this sg17 knows only up to 2/);
    expect(redactUrl(withPassword)).not.toContain('s3cret');
  });
});

describe('PostgreSQL unreachable', () => {
  it('answers StoreUnavailable within the connect timeout, naming the server without its password', async () => {
    // A port that accepts TCP but never speaks: the worst case (no refusal to react to).
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanup.push(
      () =>
        new Promise((resolve) => {
          for (const socket of sockets) socket.destroy();
          silent.close(() => resolve());
        }),
    );
    const { port } = silent.address() as { port: number };
    const store = open(`postgres://sg17:s3cret@127.0.0.1:${port}/sg17`, { connectTimeoutMs: 300 });
    const started = performance.now();
    const error = await store.subscriptions.listActive().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreUnavailable);
    expect((error as Error).message).toContain(`127.0.0.1:${port}`);
    expect((error as Error).message).not.toContain('s3cret');
    expect(performance.now() - started).toBeLessThan(3_000);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailable);
  });
});
