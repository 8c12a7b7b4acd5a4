/**
 * Two hosts, one PostgreSQL: two real services (separate processes, separate ports) on one
 * database, posting to the fake Slack API with a running clock. Every due reminder and digest is
 * posted exactly once; `kill -9` of one in the middle → the other posts the rest once the dead
 * one's leases run out; PostgreSQL restarted in the middle → both reconnect, nothing lost, nothing
 * doubled. Needs SG17_TEST_PG (and SG17_TEST_PG_DIR, the cluster .ci/run started, to restart it).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildCatalog } from '../src/dataset/catalog.js';
import { loadDataset } from '../src/dataset/load.js';
import { allRgms } from '../src/planner/message.js';
import { planReminders } from '../src/planner/plan.js';
import { openPostgresStore } from '../src/store/postgres.js';
import { startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { TEST_PG, freshDatabase, noteMissingPostgres, sql } from './pg-harness.js';
import { killAll, startService, until, type ServiceProcess } from './service-process.js';

const CHANNEL = 'C0TWOHOSTS';
/** Many leads: a backlog of reminders for the RGMs of the coming two weeks. */
const LEADS = ['14d', '10d', '7d', '6d', '5d', '4d', '3d', '2d', '1d', '12h', '2h'];
/** The service's clock starts here and runs; the catch-up tick plans from LAST_TICK up to it. */
const NOW = '2024-11-25T07:59:00Z';
const LAST_TICK = '2024-11-11T00:00:00.000Z';
const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
const PG_DIR = process.env.SG17_TEST_PG_DIR;

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const fn of cleanup.splice(0).reverse()) await fn();
});
afterAll(() => killAll());

if (!TEST_PG) noteMissingPostgres();

/** A database with one Slack channel following every Question, and a last tick two weeks back (a backlog to post). */
async function database(): Promise<string> {
  const db = await freshDatabase();
  cleanup.push(db.drop);
  const store = openPostgresStore(db.url);
  await store.subscriptions.subscribe(`slack:${CHANNEL}`, { questions: 'all', leads: LEADS }, 'test', new Date('2024-11-01T00:00:00Z'));
  await store.ledger.setMeta('scheduler:last_tick', LAST_TICK);
  await store.close();
  return db.url;
}

function host(db: string, slack: FakeSlackApi, leaseMs: number): ServiceProcess {
  return startService({
    SG17_DB: db,
    SG17_NOW: NOW,
    SG17_TICK: '* * * * * *',
    SG17_CLAIM_LEASE_MS: String(leaseMs),
    SG17_DB_CONNECT_TIMEOUT_MS: '1000',
    SG17_DB_STATEMENT_TIMEOUT_MS: '2000',
    SLACK_SIGNING_SECRET: 'two-hosts-signing-secret',
    SLACK_BOT_TOKEN: 'xoxb-2-2-twohosts',
    SLACK_API_URL: slack.url,
    SG17_RETRY_MIN_MS: '100',
    SG17_RETRY_MAX_MS: '400',
  });
}

type Row = { key: string; status: string; claimant: string | null; message_id: string | null };
const ledger = (db: string) => sql(db, 'SELECT key, status, claimant, message_id FROM reminder_ledger ORDER BY key') as Promise<Row[]>;

/** What the planner says fell due for the channel between the last tick and `to`. */
function plannedKeys(to: Date): string[] {
  const subscription = {
    channel: `slack:${CHANNEL}` as const,
    questions: 'all' as const,
    leads: LEADS,
    at: '09:00',
    timeZone: 'Europe/Zurich',
    enabled: true,
    disabledReason: null,
    createdAt: '2024-11-01T00:00:00.000Z',
    createdBy: 'test',
  };
  return planReminders(
    allRgms(catalog.meetings).map((r) => r.rgm),
    [subscription],
    { from: new Date(LAST_TICK), to },
  ).map((i) => i.key);
}

/** Every planned item settled (sent or dropped), each sent one posted exactly once, with its message id. */
async function expectEachPostedOnce(db: string, slack: FakeSlackApi): Promise<Row[]> {
  const rows = await ledger(db);
  const planned = plannedKeys(new Date(NOW));
  expect(planned.length).toBeGreaterThan(5);
  expect(rows.map((r) => r.key).sort()).toEqual(expect.arrayContaining([...planned].sort()));
  expect(rows.filter((r) => r.status === 'claimed')).toEqual([]);
  const sent = rows.filter((r) => r.status === 'sent');
  const posts = slack.callsTo('chat.postMessage').filter((c) => c.params.channel === CHANNEL);
  expect(posts.length).toBe(sent.length);
  const texts = posts.map((c) => String(c.params.text));
  expect(new Set(texts).size).toBe(texts.length);
  for (const r of sent) expect(r.message_id).toBeTruthy();
  return rows;
}

describe.runIf(TEST_PG)('two hosts, one PostgreSQL', () => {
  it('posts every due reminder and digest exactly once; kill -9 of one → the other posts the rest after its lease', async () => {
    const db = await database();
    const slack = await startFakeSlackApi();
    cleanup.push(() => slack.close());
    const a = host(db, slack, 3_000);
    const b = host(db, slack, 3_000);
    const [urlA, urlB] = await Promise.all([a.url, b.url]);
    expect(urlA).not.toBe(urlB);
    // Both claim from the backlog (which one claims more depends on who ticked first). Kill the one
    // that holds claims just after it recorded its second post: its next post in the channel is a
    // second away (one message a second per channel), so none is in flight when it dies.
    const posted = (s: ServiceProcess) => s.lines.filter((l) => / posted$/.test(String(l.msg))).length;
    const idOf = async (s: ServiceProcess) => String((await s.waitForLog((l) => String(l.msg).startsWith('reminder scheduler started'))).instanceId);
    const ids = new Map([
      [a, await idOf(a)],
      [b, await idOf(b)],
    ]);
    const holds = async (s: ServiceProcess) => (await ledger(db)).some((r) => r.status === 'claimed' && r.claimant === ids.get(s));
    const victim = await until(
      async () => {
        for (const s of [a, b]) if (posted(s) >= 2 && (await holds(s))) return s;
        return null;
      },
      (s) => s !== null,
      30_000,
    );
    const survivor = victim === a ? b : a;
    victim!.child.kill('SIGKILL');
    await victim!.exited();
    const orphaned = (await ledger(db)).filter((r) => r.status === 'claimed' && r.claimant === ids.get(victim!)).length;
    expect(orphaned).toBeGreaterThan(0); // it died holding claims
    // The survivor posts its own and, once the dead one's leases run out, those: nothing is left claimed.
    await until(
      () => ledger(db),
      (rows) => rows.length >= plannedKeys(new Date(NOW)).length && rows.every((r) => r.status !== 'claimed'),
      60_000,
    );
    await expectEachPostedOnce(db, slack);
    expect(survivor.lines.some((l) => String(l.msg).includes('retrying an in-doubt reminder'))).toBe(true);
  }, 90_000);

  it.runIf(PG_DIR)(
    'PostgreSQL restarted in the middle: both reconnect, nothing lost, nothing doubled',
    async () => {
      const db = await database();
      const slack = await startFakeSlackApi();
      cleanup.push(() => slack.close());
      const a = host(db, slack, 30_000);
      const b = host(db, slack, 30_000);
      await Promise.all([a.url, b.url]);
      await until(
        async () => (await ledger(db)).filter((r) => r.status === 'sent').length,
        (n) => n >= 2,
        20_000,
      );
      execFileSync('bash', ['scripts/pg-cluster.sh', 'restart', PG_DIR!], { stdio: 'ignore', timeout: 30_000 });
      await until(
        async () => ledger(db).catch(() => [] as Row[]),
        (rows) => rows.length >= plannedKeys(new Date(NOW)).length && rows.every((r) => r.status !== 'claimed'),
        60_000,
      );
      await expectEachPostedOnce(db, slack);
      for (const service of [a, b]) {
        const ready = await until(
          async () => (await fetch(`${await service.url}/readyz`)).json() as Promise<{ store: { up: boolean } }>,
          (r) => r.store.up,
          10_000,
        );
        expect(ready.store.up).toBe(true);
        expect(service.child.exitCode).toBeNull();
      }
    },
    120_000,
  );
});
