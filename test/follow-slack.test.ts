/**
 * Personal follows end to end through Slack: the real service (createApp) with the real Bolt app,
 * signed `/sg17 follow` slash commands, and the scheduler posting the reminder as a direct message
 * (conversations.open, then chat.postMessage into the DM) to a loopback fake of the Slack Web API.
 * A person is one more recipient of the same planner, ledger and claims as a channel.
 */
import { serviceApps, type LogLine } from './recording-logger.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { FakeClock, systemClock } from '../src/clock.js';
import { slackSignature, slashCommandBody, appMentionBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';

const SECRET = 'follow-test-signing-secret-000000';
const TOKEN = 'xoxb-1111-2222-follow';
const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

let api: FakeSlackApi;
const dirs: string[] = [];
const apps = serviceApps();

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-follow-'));
  dirs.push(dir);
  return join(dir, 'sg17.db');
}

async function startApp(db: string, clock: FakeClock, logs: LogLine[] = []): Promise<{ app: App; base: string }> {
  const config = loadConfig({ PORT: '0', SG17_DATA_DIR: DATA_DIR, SG17_DB: db, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: api.url });
  return apps.start(config, clock, logs);
}

async function signedPost(base: string, body: string, contentType: string): Promise<Response> {
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...slackSignature(SECRET, body, Math.floor(systemClock.now().getTime() / 1000)) },
    body,
  });
}

async function slash(base: string, text: string, overrides: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const res = await signedPost(base, slashCommandBody(text, overrides), 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

async function tickAt(app: App, iso: string, clock: FakeClock): Promise<void> {
  clock.set(iso);
  await app.reminders.scheduler.tick();
  await app.reminders.scheduler.drain();
}

const posts = (channel: string) => api.callsTo('chat.postMessage').filter((c) => c.params.channel === channel);
const q3Reminders = (channel: string) => posts(channel).filter((c) => String(c.params.text).includes('Reminder: Q3/17'));
function rows(db: string, sql: string): unknown[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all();
  } finally {
    handle.close();
  }
}
const followRows = (db: string): unknown[] => rows(db, 'SELECT person FROM follows');
const ledgerRowsOf = (db: string, person: string): unknown[] => rows(db, `SELECT key FROM reminder_ledger WHERE channel = '${person}'`);

beforeEach(async () => {
  api = await startFakeSlackApi();
  api.users.set('U0ADMIN1', { id: 'U0ADMIN1', is_admin: true });
  api.users.set('U0RAPP01', { id: 'U0RAPP01', tz: 'Asia/Seoul' });
  api.users.set('U0NOTZ01', { id: 'U0NOTZ01' });
});
afterEach(async () => {
  await apps.stopAll();
  await api.close();
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('follow through Slack', () => {
  it('a person follows Q3: one DM when the RGM comes due, none to the channel that follows Q15; after unfollow all nothing more and the row is gone', async () => {
    const db = tempDb();
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { app, base } = await startApp(db, clock);
    await slash(base, 'subscribe Q15 lead 1d', { user_id: 'U0ADMIN1', channel_id: 'C0Q15' });

    // No manager permission needed; the zone comes from the Slack profile, and the answer says so.
    const followed = await slash(base, 'follow Q3 lead 1d public', { user_id: 'U0RAPP01', channel_id: 'C0Q15' });
    expect(followed.response_type).toBe('ephemeral');
    expect(JSON.stringify(followed)).toContain('You follow Q3/17');
    expect(JSON.stringify(followed)).toContain('Asia/Seoul — from your profile');

    // 1 day before 19 Nov at 09:00 Seoul = 18 Nov 00:00 UTC.
    await tickAt(app, '2024-11-17T23:59:30Z', clock);
    expect(q3Reminders('D0RAPP01')).toHaveLength(0);
    await tickAt(app, '2024-11-18T00:00:10Z', clock);
    expect(api.callsTo('conversations.open').map((c) => c.params.users)).toEqual(['U0RAPP01']);
    expect(q3Reminders('D0RAPP01')).toHaveLength(1);
    for (const t of ['2024-11-18T00:01:00Z', '2024-11-18T08:00:10Z', '2024-11-18T12:00:00Z']) await tickAt(app, t, clock);
    expect(q3Reminders('D0RAPP01')).toHaveLength(1);
    expect(q3Reminders('C0Q15')).toHaveLength(0);
    // A person gets reminders, not the channels' weekly digest.
    expect(posts('D0RAPP01')).toHaveLength(1);

    // The deployment-level count is all /readyz says about follows.
    const ready = (await (await fetch(`${base}/readyz`)).json()) as Record<string, unknown>;
    expect(ready.followers).toBe(1);
    expect(JSON.stringify(ready)).not.toContain('U0RAPP01');

    const listed = await slash(base, 'following', { user_id: 'U0RAPP01', channel_id: 'C0Q15' });
    expect(listed.response_type).toBe('ephemeral');
    expect(JSON.stringify(listed)).toContain('You follow Q3/17');

    const gone = await slash(base, 'unfollow all', { user_id: 'U0RAPP01', channel_id: 'C0Q15' });
    expect(JSON.stringify(gone)).toContain('You follow nothing now');
    expect(followRows(db)).toEqual([]);
    expect(ledgerRowsOf(db, 'slack:user:U0RAPP01')).toEqual([]); // forgotten: the sent reminder's row too
    expect(((await (await fetch(`${base}/readyz`)).json()) as Record<string, unknown>).followers).toBe(0);
    // The 26 Nov Q3 RGM comes due (25 Nov 00:00 UTC in Seoul): nothing more arrives.
    await tickAt(app, '2024-11-25T00:00:10Z', clock);
    await tickAt(app, '2024-11-25T09:00:00Z', clock);
    expect(q3Reminders('D0RAPP01')).toHaveLength(1);
  });

  it('a DM waiting for a retry is not posted once the person has unfollowed everything', async () => {
    const db = tempDb();
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { app, base } = await startApp(db, clock);
    await slash(base, 'follow Q3 lead 1d', { user_id: 'U0RAPP01', channel_id: 'C0ANY' });
    api.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    await tickAt(app, '2024-11-18T00:00:05Z', clock);
    expect(posts('D0RAPP01')).toHaveLength(1); // the failed attempt
    expect(app.reminders.scheduler.pending()).toBe(1);
    await slash(base, 'unfollow all', { user_id: 'U0RAPP01', channel_id: 'C0ANY' });
    clock.advance(5_000);
    await app.reminders.scheduler.drain();
    expect(posts('D0RAPP01')).toHaveLength(1);
    expect(app.reminders.scheduler.pending()).toBe(0);
  });

  it('a DM waiting for a retry is not posted once the person has unfollowed its Question, though they follow another', async () => {
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { app, base } = await startApp(tempDb(), clock);
    await slash(base, 'follow Q3 Q15 lead 1d', { user_id: 'U0RAPP01', channel_id: 'C0ANY' });
    api.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    await tickAt(app, '2024-11-18T00:00:05Z', clock);
    expect(q3Reminders('D0RAPP01')).toHaveLength(1); // the failed attempt
    expect(app.reminders.scheduler.pending()).toBe(1);
    expect(JSON.stringify(await slash(base, 'unfollow Q3', { user_id: 'U0RAPP01', channel_id: 'C0ANY' }))).toContain('Q15/17');
    clock.advance(5_000);
    await app.reminders.scheduler.drain();
    expect(q3Reminders('D0RAPP01')).toHaveLength(1);
    expect(app.reminders.scheduler.pending()).toBe(0);
  });

  it('says which zone it used: the option, else the bot default when the profile has none', async () => {
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { base } = await startApp(tempDb(), clock);
    const given = JSON.stringify(await slash(base, 'follow Q3 tz America/New_York at 08:30', { user_id: 'U0RAPP01', channel_id: 'C0ANY' }));
    expect(given).toContain('America/New_York — as you set it');
    expect(given).toContain('08:30');
    const fallback = JSON.stringify(await slash(base, 'follow Q15', { user_id: 'U0NOTZ01', channel_id: 'C0ANY' }));
    expect(fallback).toContain("Europe/Zurich — the bot's default");
  });

  it('two services on one database post one DM', async () => {
    const db = tempDb();
    const clockA = new FakeClock('2024-11-17T10:00:00Z');
    const clockB = new FakeClock('2024-11-17T10:00:00Z');
    const a = await startApp(db, clockA);
    const b = await startApp(db, clockB);
    await slash(a.base, 'follow Q3 lead 1d', { user_id: 'U0RAPP01', channel_id: 'C0ANY' });
    clockA.set('2024-11-18T00:00:05Z');
    clockB.set('2024-11-18T00:00:05Z');
    const reports = await Promise.all([a.app.reminders.scheduler.tick(), b.app.reminders.scheduler.tick()]);
    await Promise.all([a.app.reminders.scheduler.drain(), b.app.reminders.scheduler.drain()]);
    expect(reports.map((r) => r.claimed).sort()).toEqual([0, 1]);
    expect(q3Reminders('D0RAPP01')).toHaveLength(1);
  });

  it('marks a person who cannot be messaged gone and does not retry them', async () => {
    const logs: LogLine[] = [];
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { app, base } = await startApp(tempDb(), clock, logs);
    await slash(base, 'follow Q3 lead 1d,2h', { user_id: 'U0RAPP01', channel_id: 'C0ANY' });
    api.script('conversations.open', { body: { ok: false, error: 'user_disabled' } });
    await tickAt(app, '2024-11-18T00:00:05Z', clock);
    expect(logs.some((l) => l.level === 'error' && String(l.msg).startsWith('person unreachable'))).toBe(true);
    const listed = JSON.stringify(await slash(base, 'following', { user_id: 'U0RAPP01', channel_id: 'C0ANY' }));
    expect(listed).toContain('Direct messages stopped');
    expect(listed).toContain('user_disabled');
    await tickAt(app, '2024-11-19T00:00:05Z', clock); // the 2h lead of 19 Nov would be due by now
    expect(api.callsTo('conversations.open')).toHaveLength(1);
    expect(posts('D0RAPP01')).toHaveLength(0);
  });

  it('answers "following" by @mention only to the asker (chat.postEphemeral), never in the thread', async () => {
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { base } = await startApp(tempDb(), clock);
    const res = await signedPost(base, appMentionBody('<@UBOT0001> following', 'EvFOLLOW1', { user: 'U0RAPP01', channel: 'C0ANY' }), 'application/json');
    expect(res.status).toBe(200);
    const [ephemeral] = await api.waitFor('chat.postEphemeral');
    expect(ephemeral?.params).toMatchObject({ channel: 'C0ANY', user: 'U0RAPP01' });
    expect(JSON.stringify(ephemeral?.params)).toContain('You follow no Question');
    expect(api.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses an unknown Question in follow and subscribe, storing nothing', async () => {
    const db = tempDb();
    const clock = new FakeClock('2024-11-17T10:00:00Z');
    const { base } = await startApp(db, clock);
    const follow = JSON.stringify(await slash(base, 'follow Q99', { user_id: 'U0RAPP01', channel_id: 'C0ANY' }));
    expect(follow).toContain('SG17 has no Q99/17');
    expect(follow).toContain('did you mean Q9?');
    const subscribe = JSON.stringify(await slash(base, 'subscribe Q3 Q99', { user_id: 'U0ADMIN1', channel_id: 'C0ANY' }));
    expect(subscribe).toContain('SG17 has no Q99/17');
    expect(followRows(db)).toEqual([]);
    const handle = new Database(db, { readonly: true });
    expect(handle.prepare('SELECT channel FROM subscriptions').all()).toEqual([]);
    handle.close();
  });
});
