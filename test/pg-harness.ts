/**
 * PostgreSQL for tests: SG17_TEST_PG names a server (`postgres://user@host:port/db`, a throwaway
 * cluster that .ci/run starts); each test gets a database of its own, dropped after. Without it
 * the PostgreSQL cases are skipped with a one-line note — except on CI (CI=true), where a missing
 * PostgreSQL fails the run instead.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_PG = process.env.SG17_TEST_PG?.trim() || undefined;
export const ON_CI = process.env.CI === 'true' || process.env.CI === '1';

let noted = false;
/** Say once that the PostgreSQL half did not run, and how to run it. */
export function noteMissingPostgres(): void {
  if (noted || TEST_PG) return;
  noted = true;
  process.stderr.write(
    'note: the PostgreSQL half of the store tests is skipped (SG17_TEST_PG is not set); `bash .ci/run` starts a throwaway PostgreSQL and runs it.\n',
  );
}

/** The URL of `db` on the test server. */
export function urlFor(db: string): string {
  const u = new URL(TEST_PG!);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_PG, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A new empty database; `drop` removes it (closing other sessions on it first). */
export async function freshDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `sg17_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: urlFor(name),
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** Run one statement on the test database `url` (set up a state the store then meets). */
export async function sql(url: string, text: string, values: unknown[] = []): Promise<pg.QueryResultRow[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    return (await c.query(text, values)).rows;
  } finally {
    await c.end();
  }
}
