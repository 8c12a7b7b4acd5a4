/**
 * Two hosts, one PostgreSQL: two real services (separate processes, separate ports) on one
 * database, posting to the fake Slack API with a running clock. Every due reminder and digest is
 * posted exactly once; so is the change notice of a dataset corrected while both run (each host
 * watches the data folder), and the week's digest falling due while they race; `kill -9` of one
 * in the middle → the other posts the rest (the digest it held too) once the dead one's leases
 * run out; PostgreSQL restarted in the middle → both reconnect, nothing lost, nothing
 * doubled. Needs SG17_TEST_PG (and SG17_TEST_PG_DIR, the cluster .ci/run started, to restart it).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
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
import { changedMeeting, committedMeeting, dataFolder, writeMeeting } from './data-versions.js';

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
async function database(lastTick = LAST_TICK): Promise<string> {
  const db = await freshDatabase();
  cleanup.push(db.drop);
  const store = openPostgresStore(db.url);
  await store.subscriptions.subscribe(`slack:${CHANNEL}`, { questions: 'all', leads: LEADS }, 'test', new Date('2024-11-01T00:00:00Z'));
  await store.ledger.setMeta('scheduler:last_tick', lastTick);
  await store.close();
  return db.url;
}

function host(db: string, slack: FakeSlackApi, leaseMs: number, more: Record<string, string> = {}): ServiceProcess {
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
    ...more,
  });
}

type Row = { key: string; status: string; claimant: string | null; message_id: string | null };
const ledger = (db: string) => sql(db, 'SELECT key, status, claimant, message_id FROM reminder_ledger ORDER BY key') as Promise<Row[]>;

/** What the planner says fell due for the channel between the last tick (or `from`) and `to`, in `meetings`. */
function plannedKeys(to: Date, from = new Date(LAST_TICK), meetings = catalog.meetings): string[] {
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
    allRgms(meetings).map((r) => r.rgm),
    [subscription],
    { from, to },
  ).map((i) => i.key);
}

/** Every planned item settled (sent or dropped), each sent one posted exactly once, with its message id. */
async function expectEachPostedOnce(db: string, slack: FakeSlackApi, planned = plannedKeys(new Date(NOW))): Promise<Row[]> {
  const rows = await ledger(db);
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

  it('posts a due digest and a change notice (a data change while both run) exactly once, across a kill -9', async () => {
    // Started eight seconds before Monday 08:00Z (09:00 in Zurich): a few days' backlog of
    // reminders to post, then the week's digest and that morning's reminders fall due.
    const start = '2024-11-25T07:59:52Z';
    const lastTick = '2024-11-21T00:00:00.000Z';
    const dueAt = new Date('2024-11-25T08:00:00Z');
    const db = await database(lastTick);
    const slack = await startFakeSlackApi();
    cleanup.push(() => slack.close());
    const dirs: string[] = [];
    cleanup.push(() => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    });
    const data = dataFolder(committedMeeting(), dirs);
    // Each host watches the data folder (SIGHUP could arrive before a host's handler is in place).
    const env = { SG17_NOW: start, SG17_DATA_DIR: data, SG17_DATA_WATCH: 'true', SG17_DATA_DEBOUNCE_MS: '50' };
    const a = host(db, slack, 3_000, env);
    const b = host(db, slack, 3_000, env);
    await Promise.all([a.url, b.url]);
    const idOf = async (s: ServiceProcess) => String((await s.waitForLog((l) => String(l.msg).startsWith('reminder scheduler started'))).instanceId);
    const ids = new Map([
      [a, await idOf(a)],
      [b, await idOf(b)],
    ]);
    // The first tick announced the committed dataset; then a corrected one arrives on both hosts.
    await until(
      () => sql(db, "SELECT value FROM meta WHERE key = 'dataset:announced'"),
      (r) => r.length === 1,
      10_000,
    );
    // From here a post reaches Slack a second and a half after it is sent (under the 3 s lease), so the host
    // posting the notice or the digest is seen holding its claim (on a quiet machine both could otherwise be
    // posted between two looks at the ledger, leaving no claim to kill a host over); the killed host's post,
    // still on its way, never arrives.
    slack.stall('chat.postMessage', 1_500);
    writeMeeting(data, changedMeeting());
    for (const s of [a, b]) await s.waitForLog((l) => l.msg === 'dataset reloaded', 15_000);
    const notices = async () => (await sql(db, "SELECT key FROM reminder_ledger WHERE item_id LIKE 'changes:%'")).map((r) => String(r.key));
    const digestKey = `slack:${CHANNEL}|digest|2024-11-25`;
    // Once the notice is claimed and the digest fell due, kill the host holding the claim of either
    // (else, both already posted, one holding any claim).
    const victim = await until(
      async () => {
        const rows = await ledger(db);
        const [notice] = await notices();
        const digest = rows.find((r) => r.key === digestKey);
        if (!notice || !digest) return null;
        const claimed = rows.filter((r) => r.status === 'claimed');
        const news = claimed.filter((r) => r.key === notice || r.key === digestKey);
        const bothPosted = news.length === 0 && digest.status === 'sent' && rows.some((r) => r.key === notice && r.status === 'sent');
        const pick = news.length > 0 ? news : bothPosted ? claimed : [];
        for (const s of [a, b]) if (pick.some((r) => r.claimant === ids.get(s))) return s;
        return null;
      },
      (s) => s !== null,
      30_000,
    );
    const survivor = victim === a ? b : a;
    victim!.child.kill('SIGKILL');
    await victim!.exited();
    const [noticeKey] = await notices();
    const orphaned = (await ledger(db)).filter((r) => r.status === 'claimed' && r.claimant === ids.get(victim!));
    expect(orphaned.length).toBeGreaterThan(0); // it died holding claims
    /** The digest or notice the dead host held: the survivor posts it. */
    const orphanedNews = orphaned.filter((r) => r.key === digestKey || r.key === noticeKey).map((r) => r.key);
    // Planned: the backlog in the committed data up to the start, then the corrected data's items up to 08:00Z.
    const planned = [...plannedKeys(new Date(start), new Date(lastTick)), ...plannedKeys(dueAt, new Date(start), [changedMeeting()])];
    await until(
      () => ledger(db),
      (rows) => rows.length >= planned.length && rows.every((r) => r.status !== 'claimed'),
      60_000,
    );
    const rows = await expectEachPostedOnce(db, slack, planned);
    expect(await notices()).toEqual([noticeKey]);
    expect(rows.find((r) => r.key === noticeKey)).toMatchObject({ status: 'sent' });
    expect(rows.find((r) => r.key === digestKey)).toMatchObject({ status: 'sent' });
    for (const key of orphanedNews) expect(rows.find((r) => r.key === key)).toMatchObject({ status: 'sent', claimant: ids.get(survivor) });
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
