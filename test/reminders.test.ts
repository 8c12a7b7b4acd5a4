/**
 * Reminders end to end in-process: the real service (createApp) with the real Bolt app on its
 * HTTP server, a signed Slack `/sg17 subscribe`, the scheduler posting through the real Slack
 * poster to a loopback fake of the Slack Web API. Time is a FakeClock; retries wait on the clock
 * (timers are driven by the test calling drain()), so nothing sleeps.
 */
import { serviceApps, type LogLine } from './recording-logger.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { FakeClock, systemClock } from '../src/clock.js';
import { openStore } from '../src/store/sqlite.js';
import { slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { TEST_PG, freshDatabase, noteMissingPostgres, sql } from './pg-harness.js';

const SECRET = 'reminders-test-signing-secret-000';
const TOKEN = 'xoxb-1111-2222-reminders';
const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

let api: FakeSlackApi;
const dirs: string[] = [];
const apps = serviceApps();

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-reminders-'));
  dirs.push(dir);
  return join(dir, 'sg17.db');
}

async function startApp(db: string, clock: FakeClock, logs: LogLine[] = []): Promise<{ app: App; base: string }> {
  const config = loadConfig({
    PORT: '0',
    SG17_DATA_DIR: DATA_DIR,
    SG17_DB: db,
    SG17_PUBLIC_URL: 'https://sg17.example.org',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_API_URL: api.url,
  });
  return apps.start(config, clock, logs);
}

/** A slash command signed as Slack signs it (Bolt checks freshness against real time). */
async function slash(base: string, text: string, overrides: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const body = slashCommandBody(text, overrides);
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body, Math.floor(systemClock.now().getTime() / 1000)) },
    body,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

const posts = (channel: string) => api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
/** Reminder posts only (25 Nov and 2 Dec 2024 are Mondays: the weekly digest is due at the same 09:00). */
const reminderPosts = (channel: string) => posts(channel).filter((c) => /Reminder: /i.test(String(c.params.text)));
const digestPosts = (channel: string) => posts(channel).filter((c) => String(c.params.text).includes('SG17 interim RGMs,'));

beforeEach(async () => {
  api = await startFakeSlackApi();
  api.users.set('U0ADMIN1', { id: 'U0ADMIN1', is_admin: true });
  api.users.set('U0PLAIN1', { id: 'U0PLAIN1' });
});
afterEach(async () => {
  await apps.stopAll();
  await api.close();
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('reminders through Slack', () => {
  it('a signed /sg17 subscribe by an admin makes the due reminder post once, not again on later ticks', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const { app, base } = await startApp(tempDb(), clock);
    const answer = await slash(base, 'subscribe Q3 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0Q3' });
    expect(JSON.stringify(answer)).toContain('This channel follows Q3/17');

    clock.set('2024-11-25T07:59:30Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(posts('C0Q3')).toHaveLength(0);

    clock.set('2024-11-25T08:00:10Z');
    const report = await app.reminders.scheduler.tick();
    expect(report).toMatchObject({ claimed: 2 }); // the reminder and Monday's digest
    await app.reminders.scheduler.drain();
    expect(digestPosts('C0Q3')).toHaveLength(0); // one message a second per channel: the digest waits
    clock.advance(1_000);
    await app.reminders.scheduler.drain();
    expect(digestPosts('C0Q3')).toHaveLength(1);
    const [post] = reminderPosts('C0Q3');
    expect(post?.authorization).toBe(`Bearer ${TOKEN}`);
    const text = JSON.stringify(post?.params);
    expect(text).toContain('Reminder: Q3/17 interim RGM in 1 day');
    // Dates render in each reader's local time: Slack date tokens.
    expect(text).toMatch(/<!date\^\d+\^/);
    expect(text).toContain('https://sg17.example.org/calendar.ics?question=3');

    for (const t of ['2024-11-25T08:01:00Z', '2024-11-25T08:02:00Z', '2024-11-26T08:00:00Z']) {
      clock.set(t);
      await app.reminders.scheduler.tick();
      await app.reminders.scheduler.drain();
    }
    expect(reminderPosts('C0Q3')).toHaveLength(1);
    expect(digestPosts('C0Q3')).toHaveLength(1);
  });

  it('refuses subscribe from someone who may not manage the channel, and changes nothing', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const db = tempDb();
    const { app, base } = await startApp(db, clock);
    const answer = await slash(base, 'subscribe Q3', { user_id: 'U0PLAIN1', channel_id: 'C0NOPE' });
    expect(JSON.stringify(answer)).toContain('Not allowed');
    expect(await app.deps.subscriptions!.listForChannel('slack:C0NOPE')).toEqual([]);
    // Reading is open to everyone.
    expect(JSON.stringify(await slash(base, 'subscriptions', { user_id: 'U0PLAIN1', channel_id: 'C0NOPE' }))).toContain('follows no Question');
  });

  it('retries a 429 after Retry-After and the post arrives once', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const logs: LogLine[] = [];
    const { app, base } = await startApp(tempDb(), clock, logs);
    await slash(base, 'subscribe Q3 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0RATE' });
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } });

    clock.set('2024-11-25T08:00:05Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();

    expect(posts('C0RATE')).toHaveLength(1); // the 429
    expect(app.reminders.scheduler.pending()).toBe(2); // the reminder, and Monday's digest behind it
    expect(logs.some((l) => l.msg === 'reminder post failed; will retry' && JSON.stringify(l.obj).includes('"retryInMs":3000'))).toBe(true);

    clock.advance(2_000); // Retry-After not over yet
    await app.reminders.scheduler.drain();
    expect(posts('C0RATE')).toHaveLength(1);

    clock.advance(1_000);
    await app.reminders.scheduler.drain();
    expect(reminderPosts('C0RATE')).toHaveLength(2); // the 429, then the one that arrived
    clock.advance(1_000);
    await app.reminders.scheduler.drain();
    expect(app.reminders.scheduler.pending()).toBe(0);
    clock.advance(60_000);
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(reminderPosts('C0RATE')).toHaveLength(2);
    expect(digestPosts('C0RATE')).toHaveLength(1);
  });

  it('retries 5xx with growing backoff and keeps one message a second per channel', async () => {
    const clock = new FakeClock('2024-12-02T07:59:00Z');
    const { app, base } = await startApp(tempDb(), clock);
    // Q1 meets (TBC) from 3 Dec; 2 Dec is a Monday, so the digest is due at the same minute.
    await slash(base, 'subscribe Q1 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0BURST' });
    api.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } }, { status: 502, body: 'bad gateway' });
    clock.set('2024-12-02T08:00:01Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(posts('C0BURST')).toHaveLength(1);
    clock.advance(1_000); // backoff 1 s
    await app.reminders.scheduler.drain();
    expect(posts('C0BURST')).toHaveLength(2);
    clock.advance(1_000); // backoff now 2 s
    await app.reminders.scheduler.drain();
    expect(posts('C0BURST')).toHaveLength(2);
    clock.advance(1_000);
    await app.reminders.scheduler.drain();
    expect(posts('C0BURST')).toHaveLength(3);
    expect(JSON.stringify(posts('C0BURST')[2]?.params)).toContain('date to be confirmed');
    // The digest queued behind it keeps a second's distance.
    await app.reminders.scheduler.drain();
    expect(posts('C0BURST')).toHaveLength(3);
    clock.advance(1_000);
    await app.reminders.scheduler.drain();
    expect(digestPosts('C0BURST')).toHaveLength(1);
    expect(reminderPosts('C0BURST')).toHaveLength(3);
  });

  it('disables the subscription of a channel that is gone, with a log line', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const logs: LogLine[] = [];
    const { app, base } = await startApp(tempDb(), clock, logs);
    await slash(base, 'subscribe Q3 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0GONE' });
    api.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    clock.set('2024-11-25T08:00:05Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect((await app.deps.subscriptions!.listForChannel('slack:C0GONE'))[0]).toMatchObject({
      enabled: false,
      disabledReason: 'channel unreachable: channel_not_found',
    });
    expect(logs.some((l) => l.level === 'error' && l.msg?.startsWith('channel gone'))).toBe(true);
    clock.set('2024-11-26T08:00:05Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(posts('C0GONE')).toHaveLength(1);
  });

  it('two services on one database post once', async () => {
    const db = tempDb();
    const clockA = new FakeClock('2024-11-25T07:58:00Z');
    const clockB = new FakeClock('2024-11-25T07:58:00Z');
    const a = await startApp(db, clockA);
    const b = await startApp(db, clockB);
    await slash(a.base, 'subscribe Q3 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0TWO' });
    clockA.set('2024-11-25T08:00:02Z');
    clockB.set('2024-11-25T08:00:02Z');
    const reports = await Promise.all([a.app.reminders.scheduler.tick(), b.app.reminders.scheduler.tick()]);
    await Promise.all([a.app.reminders.scheduler.drain(), b.app.reminders.scheduler.drain()]);
    expect(reports.map((r) => r.claimed).sort()).toEqual([0, 2]);
    clockA.advance(1_000);
    clockB.advance(1_000);
    await Promise.all([a.app.reminders.scheduler.tick(), b.app.reminders.scheduler.tick()]);
    await Promise.all([a.app.reminders.scheduler.drain(), b.app.reminders.scheduler.drain()]);
    expect(reminderPosts('C0TWO')).toHaveLength(1);
    expect(digestPosts('C0TWO')).toHaveLength(1);
  });

  it('posts a reminder missed while down on restart, marked late; drops one whose meeting has begun', async () => {
    const db = tempDb();
    const clock = new FakeClock('2024-11-24T12:00:00Z');
    const logs: LogLine[] = [];
    const first = await startApp(db, clock);
    await slash(first.base, 'subscribe Q3 Q10 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0DOWN' });
    await first.app.reminders.scheduler.tick();
    await apps.stop(first.app);

    // Down from 24 Nov to 5 Dec 20:00: the Q3 reminder (25 Nov, meeting 26 Nov) is past its meeting;
    // the Q10 reminder (5 Dec 09:00, meeting 6 Dec in Paris) can still help.
    clock.set('2024-12-05T20:00:00Z');
    const second = await startApp(db, clock, logs);
    await second.app.reminders.scheduler.drain();
    const sent = posts('C0DOWN');
    expect(sent).toHaveLength(1); // the stale Monday digests of 25 Nov and 2 Dec are dropped too
    const text = JSON.stringify(sent[0]?.params);
    expect(text).toContain('Late reminder: Q10/17 interim RGM in 1 day');
    expect(text).toContain('while the bot was down');
    expect(logs.some((l) => l.msg?.startsWith('reminder dropped') && JSON.stringify(l.obj).includes('rgm-08'))).toBe(true);
    const store = openStore(db);
    try {
      expect(await store.ledger.get('slack:C0DOWN|sg17-2024-09/rgm-08|2024-11-26|1d')).toMatchObject({ status: 'dropped' });
      expect(await store.ledger.get('slack:C0DOWN|sg17-2024-09/rgm-10|2024-12-06|1d')).toMatchObject({ status: 'sent', late: true });
    } finally {
      store.close();
    }
  });

  it('serves /calendar.ics and answers /sg17 calendar with the subscription URL', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const { base } = await startApp(tempDb(), clock);
    const res = await fetch(`${base}/calendar.ics?question=15`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('UID:sg17-2024-09/rgm-14@sg17-bot');
    expect(ics).not.toContain('rgm-08');
    expect((await fetch(`${base}/calendar.ics?question=banana`)).status).toBe(400);
    const answer = JSON.stringify(await slash(base, 'calendar Q15', { user_id: 'U0PLAIN1' }));
    expect(answer).toContain('https://sg17.example.org/calendar.ics?question=15');
  });
});

/** The store the service runs on: what a queued retry rechecks before posting is read from it. */
const STORES: { name: string; run: boolean; database(): Promise<string> }[] = [
  { name: 'SQLite', run: true, database: async () => tempDb() },
  {
    name: 'PostgreSQL',
    run: Boolean(TEST_PG),
    async database() {
      const db = await freshDatabase();
      pgDrops.push(db.drop);
      return db.url;
    },
  },
];
const pgDrops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of pgDrops.splice(0)) await drop();
});
if (!TEST_PG) noteMissingPostgres();

async function ledgerStatus(db: string, key: string): Promise<string | undefined> {
  if (db.startsWith('postgres')) return (await sql(db, 'SELECT status FROM reminder_ledger WHERE key = $1', [key]))[0]?.status as string | undefined;
  const store = openStore(db);
  try {
    return (await store.ledger.get(key))?.status;
  } finally {
    store.close();
  }
}

describe.each(STORES.filter((s) => s.run))('a channel that unsubscribes while a retry waits ($name)', ({ database }) => {
  it('a reminder waiting for a retry is not posted once the channel has unsubscribed, nor the digest behind it', async () => {
    const db = await database();
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const logs: LogLine[] = [];
    const { app, base } = await startApp(db, clock, logs);
    await slash(base, 'subscribe Q3 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0UNSUB' });
    api.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    clock.set('2024-11-25T08:00:05Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(posts('C0UNSUB')).toHaveLength(1); // the failed attempt
    expect(app.reminders.scheduler.pending()).toBe(2); // the reminder's retry, and Monday's digest behind it

    expect(JSON.stringify(await slash(base, 'unsubscribe', { user_id: 'U0ADMIN1', channel_id: 'C0UNSUB' }))).toContain('Reminders stopped');
    for (let i = 0; i < 4; i++) {
      clock.advance(5_000); // past the retry's backoff and the channel's one-second gap
      await app.reminders.scheduler.drain();
    }
    expect(posts('C0UNSUB')).toHaveLength(1);
    expect(app.reminders.scheduler.pending()).toBe(0);
    expect(logs.some((l) => l.msg?.startsWith('queued reminder cancelled') && JSON.stringify(l.obj).includes('unsubscribed'))).toBe(true);
    expect(await ledgerStatus(db, 'slack:C0UNSUB|sg17-2024-09/rgm-08|2024-11-26|1d')).toBe('dropped');
  });

  it('a retry for a Question the channel stopped is not posted; what it still follows is', async () => {
    const clock = new FakeClock('2024-11-25T07:58:00Z');
    const { app, base } = await startApp(await database(), clock);
    await slash(base, 'subscribe Q3 Q10 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0PART' });
    api.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    clock.set('2024-11-25T08:00:05Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    expect(reminderPosts('C0PART')).toHaveLength(1); // the failed attempt of the Q3 reminder
    expect(app.reminders.scheduler.pending()).toBe(2);

    expect(JSON.stringify(await slash(base, 'unsubscribe Q3', { user_id: 'U0ADMIN1', channel_id: 'C0PART' }))).toContain('now follows Q10/17');
    for (let i = 0; i < 4; i++) {
      clock.advance(5_000);
      await app.reminders.scheduler.drain();
    }
    expect(reminderPosts('C0PART')).toHaveLength(1);
    expect(digestPosts('C0PART')).toHaveLength(1); // the channel still follows Q10: its digest goes out
    expect(app.reminders.scheduler.pending()).toBe(0);
  });
});
