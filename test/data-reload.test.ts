/**
 * Keeping the data current, end to end: the real service (createApp) with Slack (real Bolt, fake
 * Web API) and Discord (real discord.js, fake gateway + REST) runs on a copy of the committed
 * dataset; the test then drops in a second version (test/data-versions.ts: Q13/17's RGM dated,
 * Q10/17's moved, Q3/17's 26-27 Nov RGM no longer listed, X.1385 TAP determined → approved) and
 * checks what people see: `rgm` answers, one change notice per affected channel and none
 * elsewhere, none repeated after a second reload or a restart, pending reminders moved or
 * cancelled, and the calendar feed's SEQUENCE / STATUS:CANCELLED. A FakeClock; nothing sleeps.
 */
import { serviceApps, type LogLine } from './recording-logger.js';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { FakeClock, systemClock } from '../src/clock.js';
import { openStore } from '../src/store/sqlite.js';
import { slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import { FAKE_APP_ID, FAKE_CHANNEL_ID, makeSigningKeys } from './fakes/discord-payloads.js';
import { CHANGED, changedMeeting, committedMeeting, dataFolder, writeMeeting } from './data-versions.js';

const SECRET = 'data-reload-test-signing-secret-00';
const SLACK_TOKEN = 'xoxb-1111-2222-reload';
const DISCORD_TOKEN = 'discord-reload-test-token';
const keys = makeSigningKeys();

let slack: FakeSlackApi;
let gateway: FakeDiscordGateway;
let discord: FakeDiscordRest;
const dirs: string[] = [];
const apps = serviceApps();

beforeEach(async () => {
  slack = await startFakeSlackApi();
  gateway = await startFakeDiscordGateway();
  discord = await startFakeDiscordRest({ gatewayUrl: gateway.url, botToken: DISCORD_TOKEN });
});
afterEach(async () => {
  await apps.stopAll();
  await slack.close();
  await gateway.close();
  await discord.close();
});
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function startApp(dataDir: string, db: string, clock: FakeClock, logs: LogLine[] = [], watch = false): Promise<{ app: App; base: string }> {
  const config = loadConfig({
    PORT: '0',
    SG17_DATA_DIR: dataDir,
    SG17_DB: db,
    SG17_PUBLIC_URL: 'https://sg17.example.org',
    SG17_DATA_WATCH: watch ? 'true' : 'false',
    SG17_DATA_DEBOUNCE_MS: '50',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_API_URL: slack.url,
    DISCORD_BOT_TOKEN: DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: FAKE_APP_ID,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: discord.url,
  });
  return apps.start(config, clock, logs);
}

async function slash(base: string, text: string, channel = 'C0ASK'): Promise<string> {
  const body = slashCommandBody(text, { channel_id: channel });
  const res = await fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SECRET, body, Math.floor(systemClock.now().getTime() / 1000)) },
    body,
  });
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

const slackPosts = (channel: string, pattern: RegExp) =>
  slack.callsTo('chat.postMessage').filter((c) => c.params.channel === channel && pattern.test(String(c.params.text)));
const discordPosts = (pattern: RegExp) =>
  discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FAKE_CHANNEL_ID}/messages` && pattern.test(JSON.stringify(r.body)));
const NOTICE = /SG17 data updated/;

async function feed(base: string) {
  const vcal = new ICAL.Component(ICAL.parse(await (await fetch(`${base}/calendar.ics`)).text()));
  for (const tz of vcal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = vcal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return (rgmId: string) => {
    const e = events.find((x) => x.uid === `${rgmId}@sg17-bot`);
    if (!e) return null;
    return { sequence: e.sequence, start: e.startDate.toString(), status: e.component.getFirstPropertyValue('status') ?? '' };
  };
}

/** Let every channel queue post what it holds, a second apart per channel. */
async function settle(app: App, clock: FakeClock): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await app.reminders.scheduler.drain();
    clock.advance(1_000);
  }
  await app.reminders.scheduler.drain();
}

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sg17-reload-db-'));
  dirs.push(dir);
  return join(dir, 'sg17.db');
}

describe('a new dataset while the service runs', () => {
  it('answers the new dates, tells each affected channel once, moves reminders and raises the feed SEQUENCE', async () => {
    const data = dataFolder(committedMeeting(), dirs);
    const db = tempDb();
    const clock = new FakeClock('2024-11-25T07:59:00Z');
    const logs: LogLine[] = [];
    const first = await startApp(data, db, clock, logs);
    const subs = first.app.deps.subscriptions!;
    const follow = (channel: string, q: string) => subs.subscribe(channel as never, { questions: [q], leads: ['1d'] }, 'test', clock.now());
    await follow('slack:C0Q13', 'Q13/17');
    await follow('slack:C0Q3', 'Q3/17');
    await follow('slack:C0Q15', 'Q15/17');
    await follow(`discord:${FAKE_CHANNEL_ID}`, 'Q10/17');

    expect(await slash(first.base, 'rgm Q13')).toContain('Q13/17 — 7–8 Jan 2025 or 8–9 Jan 2025 (TBC)');
    const feedBefore = await feed(first.base);
    expect(feedBefore(CHANGED.moved)).toEqual({ sequence: 0, start: '2024-12-06', status: '' });
    expect(feedBefore(CHANGED.removed)?.sequence).toBe(0);
    const healthBefore = (await (await fetch(`${first.base}/healthz`)).json()) as { dataset: { version: string; loadedAt: string } };
    expect(healthBefore.dataset.loadedAt).toBe('2024-11-25T07:59:00.000Z');

    // 25 Nov 09:00 Geneva: Q3/17's 1d reminder for the 26-27 Nov RGM is claimed; Slack answers 503.
    slack.script('chat.postMessage', { status: 503, body: { ok: false, error: 'service_unavailable' } });
    clock.set('2024-11-25T08:00:10Z');
    await first.app.reminders.scheduler.tick();
    await first.app.reminders.scheduler.drain();
    expect(slackPosts('C0Q3', /Reminder: Q3\/17/)).toHaveLength(1); // the 503, waiting for its retry

    // The corrected summary is ingested: the RGM it was for is no longer listed.
    writeMeeting(data, changedMeeting());
    clock.set('2024-11-25T08:00:20Z');
    expect(await first.app.reload('test')).toMatchObject({ status: 'swapped' });
    await settle(first.app, clock);

    const q13 = slackPosts('C0Q13', NOTICE);
    expect(q13).toHaveLength(1);
    const q13Text = JSON.stringify(q13[0]!.params);
    expect(q13Text).toContain('Q13/17 interim RGM dated');
    expect(q13Text).toContain('X.1385 (Q13/17): TAP determined → TAP approved');
    expect(q13Text).not.toContain('Q10/17');
    expect(JSON.stringify(slackPosts('C0Q3', NOTICE).map((c) => c.params))).toContain('Q3/17 interim RGM no longer listed');
    expect(slackPosts('C0Q3', NOTICE)).toHaveLength(1);
    const toDiscord = discordPosts(NOTICE);
    expect(toDiscord).toHaveLength(1);
    expect(JSON.stringify(toDiscord[0]!.body)).toContain('Q10/17 interim RGM moved');
    expect(slackPosts('C0Q15', NOTICE)).toHaveLength(0);
    // The queued reminder for the RGM no longer listed was cancelled, not retried, and Monday's
    // digest queued behind it, which had only that RGM to list, too.
    expect(slackPosts('C0Q3', /Reminder: Q3\/17/)).toHaveLength(1);
    expect(slackPosts('C0Q3', /SG17 interim RGMs,/)).toHaveLength(0);
    const ledger = openStore(db);
    try {
      expect(await ledger.ledger.get('slack:C0Q3|sg17-2024-09/rgm-08|2024-11-26|1d')).toMatchObject({
        status: 'dropped',
        note: 'not posted: the RGM is no longer listed',
      });
      expect(await ledger.ledger.get('slack:C0Q3|digest|2024-11-25')).toMatchObject({ status: 'dropped', note: 'not posted: nothing left to list' });
    } finally {
      ledger.close();
    }

    // `rgm` answers the new dates without a restart.
    const answer = await slash(first.base, 'rgm Q13');
    expect(answer).toContain('Q13/17 — 8–9 Jan 2025 — venue to be decided');
    expect(answer).not.toContain('(TBC)');
    const health = (await (await fetch(`${first.base}/healthz`)).json()) as { dataset: { version: string; loadedAt: string } };
    expect(health.dataset.version).not.toBe(healthBefore.dataset.version);
    expect(health.dataset.loadedAt).toBe('2024-11-25T08:00:20.000Z');

    // The same data again, then a restart: nobody is told twice.
    expect(await first.app.reload('again')).toMatchObject({ status: 'unchanged' });
    await first.app.reminders.scheduler.tick();
    await settle(first.app, clock);
    await apps.stop(first.app);
    const second = await startApp(data, db, clock);
    await settle(second.app, clock);
    expect([slackPosts('C0Q13', NOTICE), slackPosts('C0Q3', NOTICE), discordPosts(NOTICE), slackPosts('C0Q15', NOTICE)].map((p) => p.length)).toEqual([
      1, 1, 1, 0,
    ]);

    // The feed keeps the UIDs: the moved RGM with its new date and a higher SEQUENCE, the one no longer listed cancelled.
    const feedAfter = await feed(second.base);
    expect(feedAfter(CHANGED.moved)).toEqual({ sequence: 1, start: '2024-12-12', status: '' });
    expect(feedAfter(CHANGED.removed)).toMatchObject({ sequence: 1, status: 'CANCELLED' });
    expect(feedAfter(CHANGED.dated)).toMatchObject({ sequence: 1, start: '2025-01-08' });

    // Q10/17's reminder moved with its RGM: nothing on 5 Dec, one on 11 Dec.
    for (const t of ['2024-12-05T08:00:10Z', '2024-12-11T08:00:10Z']) {
      clock.set(t);
      await second.app.reminders.scheduler.tick();
      await settle(second.app, clock);
      expect(discordPosts(/Reminder: Q10\/17/)).toHaveLength(t.startsWith('2024-12-05') ? 0 : 1);
    }
  });

  it('keeps the data in force when the new file is invalid, and says which file and field', async () => {
    const data = dataFolder(committedMeeting(), dirs);
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    const logs: LogLine[] = [];
    const { app, base } = await startApp(data, tempDb(), clock, logs);
    const broken = { ...changedMeeting(), range: { start: '2024-09-02', end: 'Friday' } };
    writeFileSync(join(data, 'sg17-2024-09.json'), JSON.stringify(broken));
    const outcome = await app.reload('test');
    expect(outcome).toMatchObject({ status: 'failed', field: 'range.end' });
    expect(logs.some((l) => l.level === 'error' && /sg17-2024-09\.json: field "range\.end"/.test(l.msg ?? ''))).toBe(true);
    expect(await slash(base, 'rgm Q13')).toContain('Q13/17 — 7–8 Jan 2025 or 8–9 Jan 2025 (TBC)');
    const health = (await (await fetch(`${base}/healthz`)).json()) as { dataset: { lastError: { message: string } | null } };
    expect(health.dataset.lastError?.message).toContain('range.end');
  });

  it('reloads by itself when a file in the data folder changes (debounced watcher)', async () => {
    const data = dataFolder(committedMeeting(), dirs);
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    const logs: LogLine[] = [];
    const { base } = await startApp(data, tempDb(), clock, logs, true);
    writeMeeting(data, changedMeeting());
    // fs.watch fires, 50 ms of quiet, then the reload: well under a second.
    const deadline = Date.now() + 900;
    while (!logs.some((l) => l.msg === 'dataset reloaded') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(logs.find((l) => l.msg === 'dataset reloaded')?.obj).toMatchObject({ reason: 'file changed: sg17-2024-09.json' });
    expect(await slash(base, 'rgm Q13')).toContain('Q13/17 — 8–9 Jan 2025 — venue to be decided');
  });
});
