/**
 * Reminders end to end on Discord: the real service (createApp) with the real discord.js client
 * (gateway against a fake gateway, REST against a fake REST API), `/sg17 subscribe` arriving as an
 * Ed25519-signed HTTP interaction, the reminder posted to the channel over REST with a nonce and
 * enforce_nonce. FakeClock; the scheduler is ticked by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { nonceFor } from '../adapters/discord/poster.js';
import { FakeClock } from '../src/clock.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import { FAKE_APP_ID, FAKE_CHANNEL_ID, PERMS, chatInput, makeSigningKeys, options, signedHeaders } from './fakes/discord-payloads.js';

const TOKEN = 'discord-reminders-test-token';
const keys = makeSigningKeys();
const clock = new FakeClock('2024-11-25T07:58:00Z');
let gateway: FakeDiscordGateway;
let rest: FakeDiscordRest;
let app: App;
let base: string;
let dir: string;

async function interact(subcommand: string, values: Record<string, string>, permissions: string): Promise<void> {
  const interaction = chatInput(subcommand, options(values), permissions);
  const body = JSON.stringify(interaction);
  const res = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    body,
    headers: signedHeaders(keys, body),
  });
  expect(res.status).toBe(200);
  const reply = JSON.stringify(await res.json());
  // Writes acknowledge first and answer in a follow-up edit of the original response.
  if (reply.includes('"type":5')) await rest.waitFor(new RegExp(`^PATCH /webhooks/${FAKE_APP_ID}/${interaction.token}/messages/@original$`));
}

const followUps = () => rest.requests.filter((r) => r.method === 'PATCH').map((r) => JSON.stringify(r.body));
const channelPosts = () => rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FAKE_CHANNEL_ID}/messages`);

beforeAll(async () => {
  gateway = await startFakeDiscordGateway();
  rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botToken: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sg17-reminders-discord-'));
  const config = loadConfig({
    PORT: '0',
    SG17_DATA_DIR: fileURLToPath(new URL('../data', import.meta.url)),
    SG17_DB: join(dir, 'sg17.db'),
    DISCORD_BOT_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: FAKE_APP_ID,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_API_URL: rest.url,
  });
  app = await createApp(config, {
    clock,
    logger: silentLogger,
    reminders: { cron: false, scheduler: { timers: { set: () => null, clear: () => undefined } } },
  });
  base = await app.start();
});
afterAll(async () => {
  await app?.stop();
  await gateway?.close();
  await rest?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reminders through Discord', () => {
  it('refuses a member without Manage Channels / Manage Server', async () => {
    await interact('subscribe', { questions: 'Q3', lead: '1d' }, PERMS.member);
    expect(followUps().at(-1)).toContain('Not allowed');
    expect(await app.deps.subscriptions!.listForChannel(`discord:${FAKE_CHANNEL_ID}`)).toEqual([]);
  });

  it('subscribes a manager and posts the due reminder once, with nonce and enforce_nonce', async () => {
    await interact('subscribe', { questions: 'Q3', lead: '1d' }, PERMS.manager);
    expect(followUps().at(-1)).toContain('This channel follows Q3/17');
    clock.set('2024-11-25T08:00:20Z');
    await app.reminders.scheduler.tick();
    await app.reminders.scheduler.drain();
    clock.advance(1_000); // Monday's digest follows a second later
    await app.reminders.scheduler.drain();
    for (const t of ['2024-11-25T08:01:00Z', '2024-11-25T08:02:00Z']) {
      clock.set(t);
      await app.reminders.scheduler.tick();
      await app.reminders.scheduler.drain();
    }
    const posts = channelPosts();
    expect(posts).toHaveLength(2);
    const reminder = posts.find((p) => JSON.stringify(p.body).includes('Reminder: Q3/17'))!;
    expect(reminder.body).toMatchObject({ enforce_nonce: true, nonce: nonceFor(`discord:${FAKE_CHANNEL_ID}|sg17-2024-09/rgm-08|2024-11-26|1d`) });
    expect(JSON.stringify(reminder.body)).toMatch(/<t:\d+:[dDfF]>/);
    expect(reminder.authorization).toBe(`Bot ${TOKEN}`);
  });
});
