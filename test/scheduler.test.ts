/**
 * The scheduler with the real Discord poster (discord.js REST) against a loopback fake of
 * Discord's REST API, and the real console poster: nonces stable across retries, Discord 429s
 * honoured, unknown channels disabled, an in-doubt claim of a dead instance retried under the
 * same nonce, several platforms in one tick. FakeClock; waits are driven by drain().
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createScheduler, type Timers } from '../adapters/reminders/scheduler.js';
import { createDiscordPoster, nonceFor } from '../adapters/discord/poster.js';
import { closeRest, createPosterRest } from '../adapters/discord/rest.js';
import { createConsoleAdapter } from '../adapters/console/channel.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { FakeClock } from '../src/clock.js';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import { changedMeeting, committedMeeting } from './data-versions.js';
import { loadDataset } from '../src/dataset/load.js';
import type { Poster } from '../src/ports.js';
import type { Platform } from '../src/channel.js';
import { openStore, type SqliteStore } from '../src/store/sqlite.js';
import { discordError, rateLimited, startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { createDispatcher } from '../src/dispatch/dispatch.js';

const catalog = buildCatalog(loadDataset(fileURLToPath(new URL('../data', import.meta.url))));
const manualTimers: Timers = { set: () => null, clear: () => undefined };
const TOKEN = 'discord-bot-token-for-tests';

let discord: FakeDiscordRest;
let rest: ReturnType<typeof createPosterRest>;
let store: SqliteStore;
let dir: string;
let consoleOut: PassThrough;
let consoleText: string;

function posters(): Map<Platform, Poster> {
  const consoleAdapter = createConsoleAdapter(
    {
      config: loadConfig({}),
      clock: new FakeClock(0 as never),
      logger: silentLogger,
      catalog: () => catalog,
      dispatch: createDispatcher({ catalog: () => catalog, clock: new FakeClock(0 as never), logger: silentLogger }),
    },
    { input: new PassThrough(), output: consoleOut, interactive: false },
  );
  return new Map<Platform, Poster>([
    ['discord', createDiscordPoster(rest)],
    ['console', consoleAdapter.poster],
  ]);
}

function scheduler(clock: FakeClock, instanceId: string, s: SqliteStore = store, current: () => Catalog = () => catalog) {
  return createScheduler({
    clock,
    logger: silentLogger,
    catalog: current,
    subscriptions: s.subscriptions,
    follows: s.follows,
    ledger: s.ledger,
    posters: posters(),
    instanceId,
    timers: manualTimers,
  });
}

const channelPosts = (id: string) => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${id}/messages`);

beforeEach(async () => {
  discord = await startFakeDiscordRest({ botToken: TOKEN });
  rest = createPosterRest(discord.url, TOKEN);
  dir = mkdtempSync(join(tmpdir(), 'sg17-scheduler-'));
  store = openStore(join(dir, 'sg17.db'));
  consoleOut = new PassThrough();
  consoleText = '';
  consoleOut.on('data', (d: Buffer) => (consoleText += d.toString()));
});
afterEach(async () => {
  store.close();
  closeRest(rest);
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scheduler with the Discord and console posters', () => {
  it('posts to Discord with a nonce and enforce_nonce, <t:…> local times, and to the console, in one tick', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('discord:111', { questions: ['Q10/17'], leads: ['1d'] }, 'discord:u', clock.now());
    await store.subscriptions.subscribe('console:local', { questions: 'all', leads: ['1d'] }, 'default', clock.now());
    const s = scheduler(clock, 'A');
    await s.tick();
    clock.set('2024-12-05T08:00:30Z'); // 09:00 CET the day before the Q10/17 RGM in Paris (6 Dec)
    const report = await s.tick();
    expect(report).toMatchObject({ due: 2, claimed: 2 });
    await s.drain();
    const [post] = channelPosts('111');
    const body = post!.body as { nonce: string; enforce_nonce: boolean };
    expect(body.enforce_nonce).toBe(true);
    expect(body.nonce).toBe(nonceFor('discord:111|sg17-2024-09/rgm-10|2024-12-06|1d'));
    expect(JSON.stringify(body)).toMatch(/<t:\d+:[dDfF]>/);
    expect(JSON.stringify(body)).toContain('Q10/17');
    expect(post!.authorization).toBe(`Bot ${TOKEN}`);
    expect(consoleText).toContain('Reminder: Q10/17 interim RGM in 1 day');
    expect(consoleText).toContain('Paris, France');
  });

  it('retries a Discord 429 after retry_after with the same nonce; the message arrives once', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('discord:222', { questions: ['Q10/17'], leads: ['1d'] }, 'u', clock.now());
    // discord.js also keeps the bucket's reset in real time, so the retry_after is short (250 ms).
    discord.script(/^POST \/channels\/222\/messages$/, rateLimited(0.25));
    const s = scheduler(clock, 'A');
    await s.tick();
    clock.set('2024-12-05T08:00:30Z');
    await s.tick();
    await s.drain();
    expect(channelPosts('222')).toHaveLength(1);
    expect(s.pending()).toBe(1);
    await s.drain(); // the scheduler's wait runs on its clock: nothing before retry_after
    expect(channelPosts('222')).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 350)); // let discord.js's real-time bucket reset pass
    clock.advance(400); // past retry_after, but attempts keep a second apart per channel
    await s.drain();
    expect(channelPosts('222')).toHaveLength(1);
    clock.advance(600);
    await s.drain();
    const posts = channelPosts('222');
    expect(posts).toHaveLength(2);
    expect(new Set(posts.map((p) => (p.body as { nonce: string }).nonce)).size).toBe(1);
    expect(s.pending()).toBe(0);
    expect(await store.ledger.get('discord:222|sg17-2024-09/rgm-10|2024-12-06|1d')).toMatchObject({ status: 'sent' });
  });

  it('posts an hour lead on the first day of an RGM without a start time (not taken for missed)', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('console:local', { questions: ['Q10/17'], leads: ['2h'] }, 'u', clock.now());
    const s = scheduler(clock, 'A');
    await s.tick();
    clock.set('2024-12-06T06:00:30Z'); // 09:00 CET on 6 Dec − 2 h
    expect(await s.tick()).toMatchObject({ due: 1, claimed: 1, dropped: 0 });
    await s.drain();
    expect(consoleText).toContain('Reminder: Q10/17 interim RGM in 2 hours');
  });

  it('disables an unknown channel (10003) and posts there no more', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('discord:333', { questions: 'all', leads: ['1d'] }, 'u', clock.now());
    discord.script(/^POST \/channels\/333\/messages$/, discordError(404, 10003, 'Unknown Channel'));
    const s = scheduler(clock, 'A');
    await s.tick();
    clock.set('2024-12-05T08:00:30Z');
    await s.tick();
    await s.drain();
    expect((await store.subscriptions.listForChannel('discord:333'))[0]).toMatchObject({ enabled: false });
    expect(await store.subscriptions.listActive()).toEqual([]);
    clock.set('2025-01-06T08:00:30Z'); // Q13/17 reminder day: nothing for a disabled channel
    await s.tick();
    await s.drain();
    expect(channelPosts('333')).toHaveLength(1);
  });

  it('retries the in-doubt claim of an instance that died mid-post, under the same nonce', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('discord:444', { questions: ['Q10/17'], leads: ['1d'] }, 'u', clock.now());
    // Instance A claims and its post fails (5xx); A then dies without ever marking it sent.
    discord.script(/^POST \/channels\/444\/messages$/, { status: 500, body: { message: 'oops', code: 0 } });
    const a = scheduler(clock, 'A');
    await a.tick();
    clock.set('2024-12-05T08:00:30Z');
    await a.tick();
    await a.drain();
    await a.stop();
    expect(channelPosts('444')).toHaveLength(1);

    // Instance B on the same database: the claim is held until it expires, then B retries it.
    const other = openStore(join(dir, 'sg17.db'));
    try {
      const b = scheduler(clock, 'B', other);
      clock.advance(60_000);
      await b.tick();
      await b.drain();
      expect(channelPosts('444')).toHaveLength(1);
      clock.advance(15 * 60_000);
      const report = await b.tick();
      expect(report.claimed).toBe(1);
      await b.drain();
      const posts = channelPosts('444');
      expect(posts).toHaveLength(2);
      expect((posts[1]!.body as { nonce: string }).nonce).toBe((posts[0]!.body as { nonce: string }).nonce);
      expect(await other.ledger.get('discord:444|sg17-2024-09/rgm-10|2024-12-06|1d')).toMatchObject({ status: 'sent', claimant: 'B', attempts: 2 });
    } finally {
      other.close();
    }
  });
});

describe('scheduler following the data in force', () => {
  it('drops an in-doubt claim for an RGM that moved instead of retrying it, tells the channel once, and reminds the new date', async () => {
    const clock = new FakeClock('2024-12-04T12:00:00Z');
    await store.subscriptions.subscribe('discord:555', { questions: ['Q10/17'], leads: ['1d'] }, 'u', clock.now());
    discord.script(/^POST \/channels\/555\/messages$/, { status: 500, body: { message: 'oops', code: 0 } });
    const a = scheduler(clock, 'A');
    await a.tick(); // records the dataset the channels know
    clock.set('2024-12-05T08:00:30Z');
    await a.tick();
    await a.drain();
    await a.stop(); // died with the 6 Dec reminder claimed, not sent
    expect(channelPosts('555')).toHaveLength(1);

    // The Paris RGM moves to 12 Dec; instance B runs on the new data once A's claim has expired.
    const moved = buildCatalog([changedMeeting(committedMeeting())]);
    const other = openStore(join(dir, 'sg17.db'));
    try {
      const b = scheduler(clock, 'B', other, () => moved);
      clock.advance(15 * 60_000);
      expect(await b.tick()).toMatchObject({ notices: 1 });
      await b.drain();
      expect(await other.ledger.get('discord:555|sg17-2024-09/rgm-10|2024-12-06|1d')).toMatchObject({ status: 'dropped', note: 'not posted: the RGM moved' });
      const notices = channelPosts('555').filter((p) => JSON.stringify(p.body).includes('SG17 data updated: Q10/17'));
      expect(notices).toHaveLength(1);
      expect(JSON.stringify(notices[0]!.body)).toContain('Q10/17 interim RGM moved');
      expect(channelPosts('555')).toHaveLength(2);
      // Ticking again, or another scheduler on the same data and database: no second notice.
      await b.tick();
      const c = scheduler(clock, 'C', other, () => moved);
      expect(await c.tick()).toMatchObject({ notices: 0 });
      await Promise.all([b.drain(), c.drain()]);
      expect(channelPosts('555')).toHaveLength(2);
      clock.set('2024-12-11T08:00:30Z');
      await b.tick();
      await b.drain();
      expect(channelPosts('555').filter((p) => JSON.stringify(p.body).includes('Reminder: Q10/17'))).toHaveLength(2); // the failed one, and the new date
      expect(await other.ledger.get('discord:555|sg17-2024-09/rgm-10|2024-12-12|1d')).toMatchObject({ status: 'sent' });
      await b.stop();
      await c.stop();
    } finally {
      other.close();
    }
  });

  it('announces data that goes back and forth each time it changes, and the same change once', async () => {
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    await store.subscriptions.subscribe('discord:666', { questions: ['Q13/17'], leads: ['7d'] }, 'u', clock.now());
    const versions = [catalog, buildCatalog([changedMeeting(committedMeeting())])];
    let inForce = versions[0]!;
    const s = scheduler(clock, 'A', store, () => inForce);
    const notices = () => channelPosts('666').filter((p) => JSON.stringify(p.body).includes('SG17 data updated: Q13/17'));
    await s.tick(); // first run: records the data, tells nobody
    for (const [i, expected] of [
      [1, 1],
      [0, 2],
      [1, 3],
      [1, 3],
    ] as const) {
      inForce = versions[i]!;
      clock.advance(60_000);
      await s.tick();
      await s.drain();
      clock.advance(1_000);
      await s.drain();
      expect(notices()).toHaveLength(expected);
    }
    expect(JSON.stringify(notices()[1]!.body)).toContain('Q13/17 interim RGM moved'); // back to the alternatives
    await s.stop();
  });

  it('tells a person who follows the changed Question by direct message, beside the channel that follows it too', async () => {
    const clock = new FakeClock('2024-11-20T12:00:00Z');
    store.subscriptions.subscribe('discord:777', { questions: ['Q10/17'], leads: ['1d'] }, 'u', clock.now());
    await store.follows.follow('discord:user:4242', { questions: ['Q10/17'], leads: ['1d'] }, clock.now());
    await store.follows.follow('discord:user:4343', { questions: ['Q2/17'] }, clock.now());
    let inForce = catalog;
    const s = scheduler(clock, 'A', store, () => inForce);
    await s.tick();
    inForce = buildCatalog([changedMeeting(committedMeeting())]);
    clock.advance(60_000);
    expect(await s.tick()).toMatchObject({ notices: 2 });
    await s.drain();
    const opened = discord.requests.filter((r) => r.method === 'POST' && /^\/users\/(@|%40)me\/channels$/.test(r.path));
    expect(opened.map((r) => r.body)).toEqual([{ recipient_id: '4242' }]); // not 4343: Q2 did not change
    const dmId = discord.requests
      .find((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== '/channels/777/messages')!
      .path.split('/')[2]!;
    const dm = JSON.stringify(channelPosts(dmId).map((p) => p.body));
    expect(dm).toContain('SG17 data updated: Q10/17');
    expect(dm).toContain('What changed for the Questions you follow');
    expect(JSON.stringify(channelPosts('777').map((p) => p.body))).toContain('What changed for the Questions this channel follows');
    // The moved RGM's reminder reaches both, once each: a channel following it does not stand in for the person.
    clock.set('2024-12-11T08:00:30Z');
    await s.tick();
    await s.drain();
    expect(channelPosts(dmId).filter((p) => JSON.stringify(p.body).includes('Reminder: Q10/17'))).toHaveLength(1);
    expect(channelPosts('777').filter((p) => JSON.stringify(p.body).includes('Reminder: Q10/17'))).toHaveLength(1);
    await s.stop();
  });
});
