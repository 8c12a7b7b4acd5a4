/**
 * Personal follows end to end on Discord: the real service with the real discord.js client (gateway
 * and REST against the fakes), `/sg17 follow` as an Ed25519-signed interaction from an ordinary
 * member, and the reminder posted into the DM channel POST /users/@me/channels opens.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { FakeClock } from '../src/clock.js';
import { startFakeDiscordRest, discordError, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import { FAKE_APP_ID, FAKE_CHANNEL_ID, FAKE_USER_ID, PERMS, chatInput, makeSigningKeys, options, signedHeaders } from './fakes/discord-payloads.js';

const TOKEN = 'discord-follow-test-token';
const keys = makeSigningKeys();
const clock = new FakeClock('2024-11-17T10:00:00Z');
let gateway: FakeDiscordGateway;
let rest: FakeDiscordRest;
let app: App;
let base: string;
let dir: string;
let db: string;

/** The message the asker sees: the interaction response, or its follow-up edit when deferred. */
async function interact(subcommand: string, values: Record<string, string>, permissions = PERMS.member): Promise<{ flags?: number; text: string }> {
  const interaction = chatInput(subcommand, options(values), permissions);
  const body = JSON.stringify(interaction);
  const res = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    body,
    headers: signedHeaders(keys, body),
  });
  expect(res.status).toBe(200);
  const reply = (await res.json()) as { type: number; data?: { flags?: number } };
  if (reply.type !== 5) return { flags: reply.data?.flags, text: JSON.stringify(reply.data) };
  const edit = await rest.waitFor(new RegExp(`^PATCH /webhooks/${FAKE_APP_ID}/${interaction.token}/messages/@original$`));
  return { flags: reply.data?.flags, text: JSON.stringify(edit.body) };
}

async function tickAt(iso: string): Promise<void> {
  clock.set(iso);
  await app.reminders.scheduler.tick();
  await app.reminders.scheduler.drain();
}

const dmOpens = () => rest.requests.filter((r) => r.method === 'POST' && /^\/users\/(@|%40)me\/channels$/.test(r.path));
const postsTo = (channelId: string) => rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
const q3Reminders = (channelId: string) => postsTo(channelId).filter((r) => JSON.stringify(r.body).includes('Reminder: Q3/17'));
const followRows = (): unknown[] => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT person, gone_reason FROM follows').all();
  } finally {
    handle.close();
  }
};

beforeAll(async () => {
  gateway = await startFakeDiscordGateway();
  rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botToken: TOKEN });
  dir = mkdtempSync(join(tmpdir(), 'sg17-follow-discord-'));
  db = join(dir, 'sg17.db');
  const config = loadConfig({
    PORT: '0',
    SG17_DATA_DIR: fileURLToPath(new URL('../data', import.meta.url)),
    SG17_DB: db,
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

describe('follow through Discord', () => {
  it('an ordinary member follows Q3 and gets exactly one DM when it comes due; the channel following Q15 gets none', async () => {
    await interact('subscribe', { questions: 'Q15', lead: '1d' }, PERMS.manager);
    const followed = await interact('follow', { questions: 'Q3', lead: '1d' });
    expect(followed.flags).toBe(64); // ephemeral
    expect(followed.text).toContain('You follow Q3/17');
    expect(followed.text).toContain("Europe/Zurich — the bot's default");

    await tickAt('2024-11-18T07:59:30Z');
    expect(dmOpens()).toHaveLength(0);
    await tickAt('2024-11-18T08:00:10Z'); // 1 day before 19 Nov, 09:00 Geneva
    expect(dmOpens().map((r) => r.body)).toEqual([{ recipient_id: FAKE_USER_ID }]);
    const dm = rest.requests.find(
      (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.path !== `/channels/${FAKE_CHANNEL_ID}/messages`,
    );
    const dmId = dm!.path.split('/')[2]!;
    expect(q3Reminders(dmId)).toHaveLength(1);
    expect(q3Reminders(dmId)[0]!.body).toMatchObject({ enforce_nonce: true });
    for (const t of ['2024-11-18T08:01:00Z', '2024-11-18T09:00:00Z']) await tickAt(t);
    expect(q3Reminders(dmId)).toHaveLength(1);
    expect(q3Reminders(FAKE_CHANNEL_ID)).toHaveLength(0);

    const listed = await interact('following', {});
    expect(listed.flags).toBe(64);
    expect(listed.text).toContain('You follow Q3/17');

    const unfollowed = await interact('unfollow', { questions: 'all' });
    expect(unfollowed.text).toContain('You follow nothing now');
    expect(followRows()).toEqual([]);
    await tickAt('2024-11-25T08:00:10Z');
    expect(q3Reminders(dmId)).toHaveLength(1);
  });

  it('marks a person who blocks the bot (50007) gone and does not retry', async () => {
    await interact('follow', { questions: 'Q3', lead: '2h' });
    rest.script(/^POST \/channels\/\d+\/messages$/, discordError(403, 50007, 'Cannot send messages to this user'));
    const before = rest.requests.length;
    await tickAt('2024-11-26T06:00:10Z'); // 2 hours before 26 Nov, 09:00 Geneva (UTC+1)
    expect(followRows()).toEqual([{ person: `discord:user:${FAKE_USER_ID}`, gone_reason: expect.stringContaining('50007') }]);
    await tickAt('2024-11-26T10:00:00Z');
    const later = rest.requests.slice(before).filter((r) => r.method === 'POST' && r.path.includes('/messages'));
    expect(later).toHaveLength(1);
  });
});
