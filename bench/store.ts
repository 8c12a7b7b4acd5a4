/**
 * The store on PostgreSQL beside SQLite, measured in the same run: one scheduler tick with nothing
 * due (1,000 subscriptions, the real dataset), and 1,000 due reminders claimed by two instances at
 * once (each item claimed exactly once). PostgreSQL: SG17_BENCH_PG or SG17_TEST_PG, else a
 * throwaway cluster started here (scripts/pg-cluster.sh) when the binaries are installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createScheduler } from '../adapters/reminders/scheduler.js';
import { dataDir } from '../adapters/cli/paths.js';
import { FakeClock } from '../src/clock.js';
import { buildCatalog } from '../src/dataset/catalog.js';
import { loadDataset } from '../src/dataset/load.js';
import type { LedgerEntry, Store } from '../src/store/port.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { openStore } from '../src/store/sqlite.js';
import { random, syntheticSubscriptions } from './reminders.js';
import type { BenchModule, BenchRow } from './types.js';
import { silentLogger } from '../adapters/logger.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of one tick with nothing due, after a catch-up tick, on `store` with 1,000 subscriptions. */
async function tickMs(store: Store): Promise<number> {
  const catalog = buildCatalog(loadDataset(dataDir(process.env)));
  for (const s of syntheticSubscriptions(random(3), 1_000))
    await store.subscriptions.subscribe(
      s.channel,
      { questions: s.questions, leads: s.leads, at: s.at, timeZone: s.timeZone },
      'bench',
      new Date('2024-01-01T00:00:00Z'),
    );
  const clock = new FakeClock('2025-06-01T10:00:00Z'); // after every RGM in the data: nothing due
  const scheduler = createScheduler({
    clock,
    logger: silentLogger,
    catalog: () => catalog,
    subscriptions: store.subscriptions,
    ledger: store.ledger,
    posters: new Map(),
  });
  await scheduler.tick();
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    clock.advance(60_000);
    const t = performance.now();
    const report = await scheduler.tick();
    samples.push(performance.now() - t);
    if (report.due !== 0) throw new Error('bench data: something fell due');
  }
  return median(samples);
}

const entry = (i: number): LedgerEntry => ({
  key: `slack:C${i % 50}|rgm-${i}|2025-01-01|1d`,
  channel: `slack:C${i % 50}`,
  itemId: `rgm-${i}`,
  lead: '1d',
  dueAt: '2025-01-01T08:00:00.000Z',
  late: false,
  payload: '{"title":"bench"}',
});

/** Two instances claim the same 1,000 due items at once, each four at a time; returns ms and how many each won. */
async function claimRace(a: Store, b: Store): Promise<{ ms: number; claimed: number; duplicates: number }> {
  const items = Array.from({ length: 1_000 }, (_, i) => entry(i));
  const nowMs = Date.parse('2025-01-01T08:00:00Z');
  const won = new Map<string, number>();
  const instance = async (store: Store, who: string, order: LedgerEntry[]) => {
    for (let i = 0; i < order.length; i += 4) {
      const results = await Promise.all(order.slice(i, i + 4).map((e) => store.ledger.claim(e, who, nowMs, 600_000)));
      for (const r of results) if (r.outcome === 'claimed') won.set(r.row.key, (won.get(r.row.key) ?? 0) + 1);
    }
  };
  const t = performance.now();
  await Promise.all([instance(a, 'A', items), instance(b, 'B', [...items].reverse())]);
  const ms = performance.now() - t;
  return { ms, claimed: won.size, duplicates: [...won.values()].filter((n) => n > 1).length };
}

/** A PostgreSQL server for the bench: given, or a throwaway cluster (stopped by `stop`). */
function postgresServer(): { url: string; stop(): void } | null {
  const given = process.env.SG17_BENCH_PG ?? process.env.SG17_TEST_PG;
  if (given) return { url: given, stop: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'sg17-bench-pg-'));
  try {
    const url = execFileSync('bash', ['scripts/pg-cluster.sh', 'start', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return {
      url,
      stop: () => {
        execFileSync('bash', ['scripts/pg-cluster.sh', 'stop', dir], { stdio: 'ignore' });
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

async function freshPostgres(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `sg17_bench_${process.pid}_${Math.floor(performance.now())}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5_000 });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-bench-store-'));
  const server = postgresServer();
  const opened: Store[] = [];
  const open = <S extends Store>(s: S): S => {
    opened.push(s);
    return s;
  };
  try {
    const sqliteTick = await tickMs(open(openStore(join(dir, 'tick.db'))));
    const sqliteRace = await claimRace(open(openStore(join(dir, 'race.db'))), open(openStore(join(dir, 'race.db'))));
    if (!server) {
      console.log('(PostgreSQL rows skipped: no SG17_BENCH_PG / SG17_TEST_PG and no PostgreSQL binaries to start one)');
      return [{ name: 'one tick, nothing due, SQLite (1,000 subs)', value: sqliteTick * 1000, unit: 'µs', pass: true }];
    }
    const tickDb = await freshPostgres(server.url);
    const raceDb = await freshPostgres(server.url);
    try {
      const pgTick = await tickMs(open(openPostgresStore(tickDb.url)));
      const pgRace = await claimRace(open(openPostgresStore(raceDb.url)), open(openPostgresStore(raceDb.url)));
      return [
        {
          name: 'one tick, nothing due (1,000 subs, real dataset), PostgreSQL on loopback',
          value: pgTick * 1000,
          unit: 'µs',
          baseline: { name: 'the same tick on SQLite', value: sqliteTick * 1000 },
          ratio: pgTick / sqliteTick,
          // A tick is five small round trips; a minute apart, 10 ms is nothing, and the ratio shows the network's share.
          target: '< 10 ms',
          pass: pgTick < 10,
        },
        {
          name: `1,000 due reminders claimed by two instances at once, PostgreSQL (${pgRace.claimed} claimed, ${pgRace.duplicates} twice)`,
          value: pgRace.ms,
          unit: 'ms',
          baseline: { name: `the same on one SQLite file (${sqliteRace.claimed} claimed, ${sqliteRace.duplicates} twice)`, value: sqliteRace.ms },
          ratio: pgRace.ms / sqliteRace.ms,
          target: 'each once; < 5 s',
          pass: pgRace.claimed === 1_000 && pgRace.duplicates === 0 && sqliteRace.duplicates === 0 && pgRace.ms < 5_000,
        },
      ];
    } finally {
      for (const s of opened.splice(0)) await s.close();
      await tickDb.drop();
      await raceDb.drop();
    }
  } finally {
    for (const s of opened) await s.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const bench: BenchModule = { name: 'store', title: 'Store: PostgreSQL beside SQLite', run };
