/**
 * The Discord adapter end to end over loopback: the HTTP interactions endpoint with Ed25519-signed
 * payloads (key pair made here), the real discord.js Client against a fake gateway and fake REST,
 * autocomplete, the generated command definition, the reminder Poster, and `sg17 discord register`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { Events, type Client } from 'discord.js';
import { loadDataset } from '../src/dataset/load.js';
import { buildCatalog, type Catalog } from '../src/dataset/catalog.js';
import { FakeClock } from '../src/clock.js';
import type { Logger } from '../src/ports.js';
import type { Answer } from '../src/engine/answer.js';
import { commands } from '../src/engine/registry.js';
import { createDispatcher, MAX_INPUT_CHARS } from '../src/dispatch/dispatch.js';
import type { SubscriptionStore } from '../src/store/port.js';
import { openStore } from '../src/store/sqlite.js';
import { loadConfig } from '../adapters/config.js';
import { createApp } from '../adapters/app.js';
import { createHttpServer, listen } from '../adapters/http/server.js';
import { createDiscordAdapter, type DiscordAdapterHooks } from '../adapters/discord/adapter.js';
import { buildSg17Definition, discordName } from '../adapters/discord/definitions.js';
import { handleInteraction, parseInteraction, requestFor, type InteractionDeps } from '../adapters/discord/handle-interaction.js';
import { createDiscordPoster, nonceFor } from '../adapters/discord/poster.js';
import { closeRest, createPosterRest } from '../adapters/discord/rest.js';
import { LIMITS, embedChars } from '../adapters/discord/render-embeds.js';
import { main as cliMain } from '../adapters/cli/cli.js';
import { startFakeDiscordRest, discordError, rateLimited, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import {
  FAKE_APP_ID,
  FAKE_CHANNEL_ID,
  FAKE_GUILD_ID,
  FAKE_USER_ID,
  PERMS,
  autocomplete,
  chatInput,
  makeSigningKeys,
  options,
  ping,
  discordTimestamp,
  signedHeaders,
  type OptionValue,
} from './fakes/discord-payloads.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.fake.bot-token';
const NOW = '2024-11-01T09:00:00Z';

interface RecordingLogger extends Logger {
  readonly errors: unknown[];
}
function recordingLogger(): RecordingLogger {
  const errors: unknown[] = [];
  return { errors, info() {}, debug() {}, warn() {}, error: (obj) => errors.push(obj) };
}

let catalog: Catalog;
beforeAll(() => {
  catalog = buildCatalog(loadDataset('data'));
});

const silent: Logger = { info() {}, warn() {}, error() {}, debug() {} };

function deps(overrides: Partial<InteractionDeps> & { subscriptions?: SubscriptionStore } = {}): InteractionDeps {
  const { subscriptions, ...rest } = overrides;
  const dispatch = createDispatcher({ catalog: () => catalog, clock: new FakeClock(NOW), logger: silent, ...(subscriptions ? { subscriptions } : {}) });
  return { dispatch, ...rest };
}

/** What createApp gives an adapter, for a test that builds one adapter alone. */
function appDeps(config: ReturnType<typeof loadConfig>, logger: Logger) {
  const clock = new FakeClock(NOW);
  return { config, clock, logger, catalog: () => catalog, dispatch: createDispatcher({ catalog: () => catalog, clock, logger }) };
}

async function handle(payload: unknown, d: InteractionDeps = deps()) {
  const parsed = parseInteraction(payload);
  if (!parsed.ok) throw new Error(parsed.error);
  return handleInteraction(parsed.interaction, d);
}

type Body = {
  type: number;
  data?: {
    embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[]; footer?: { text: string } }[];
    flags?: number;
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
};

const embedText = (body: Body) => JSON.stringify(body.data?.embeds ?? []);

// ---------------------------------------------------------------------------------------------
describe('command definition generated from the registry', () => {
  const definition = buildSg17Definition();
  const subs = definition.json.options as unknown as {
    name: string;
    description: string;
    type: number;
    options?: { name: string; description: string; type: number; required?: boolean; autocomplete?: boolean; choices?: unknown[] }[];
  }[];

  test('every registry command is a subcommand with its options, and `public` where it may answer publicly', () => {
    expect(definition.json.name).toBe('sg17');
    for (const command of commands) {
      const sub = subs.find((s) => s.name === discordName(command.name));
      expect(sub, `subcommand for ${command.name}`).toBeDefined();
      const names = (sub!.options ?? []).map((o) => o.name);
      for (const option of command.options) {
        const generated = sub!.options!.find((o) => o.name === discordName(option.name))!;
        expect(generated, `${command.name} ${option.name}`).toBeDefined();
        expect(generated.type).toBe({ string: 3, integer: 4, boolean: 5 }[option.type]);
        expect(Boolean(generated.required)).toBe(Boolean(option.required));
        expect(Boolean(generated.autocomplete)).toBe(Boolean(option.autocomplete));
      }
      expect(names.includes('public')).toBe(command.canBePublic);
    }
    expect(subs.map((s) => s.name).sort()).toEqual([...new Set([...commands.map((c) => discordName(c.name)), 'ask'])].sort());
  });

  test("the issue's subcommands exist with their options", () => {
    const opt = (sub: string, name: string) => subs.find((s) => s.name === sub)?.options?.find((o) => o.name === name);
    expect(opt('rec', 'id')).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(opt('ask', 'text')).toMatchObject({ type: 3, required: true });
    expect(opt('help', 'public')).toMatchObject({ type: 5 });
    // A fixed set of values is offered as choices; Discord refuses choices with autocomplete.
    expect(opt('rgm', 'format')).toMatchObject({ type: 3, choices: ['virtual', 'hybrid', 'physical'].map((v) => ({ name: v, value: v })) });
    expect(opt('rgm', 'format')).not.toHaveProperty('autocomplete', true);
    expect(opt('new', 'route')).toMatchObject({ choices: ['tap', 'aap', 'agreement'].map((v) => ({ name: v, value: v })) });
    expect(opt('texts', 'meeting')).toMatchObject({ type: 3, autocomplete: true });
    for (const present of ['aap', 'tap', 'rgm', 'q', 'search'])
      expect(
        subs.some((s) => s.name === present),
        present,
      ).toBe(true);
    expect(opt('rgm', 'question')?.required ?? false).toBe(false);
  });

  test("within Discord's rules: names, descriptions, required first, 25 subcommands, 8000 characters", () => {
    expect(subs.length).toBeLessThanOrEqual(25);
    let chars = definition.json.name.length + definition.json.description.length;
    for (const sub of subs) {
      expect(sub.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(sub.description.length).toBeGreaterThan(0);
      expect(sub.description.length).toBeLessThanOrEqual(100);
      chars += sub.name.length + sub.description.length;
      const required = (sub.options ?? []).map((o) => Boolean(o.required));
      expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
      for (const o of sub.options ?? []) {
        expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(o.description.length).toBeLessThanOrEqual(100);
        chars += o.name.length + o.description.length;
      }
    }
    expect(chars).toBeLessThanOrEqual(8000);
  });
});

// ---------------------------------------------------------------------------------------------
describe('the handler', () => {
  test('rec X.1716 answers with an ephemeral embed for X.1716 that pings nobody', async () => {
    const reply = await handle(chatInput('rec', options({ id: 'X.1716' })));
    const body = reply.body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.flags).toBe(64);
    expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    expect(body.data!.embeds![0]!.title).toContain('X.1716');
    expect(embedText(body)).toContain('TD2475');
    expect(reply.followUp).toBeUndefined();
  });

  test('public:true posts in the channel; problems stay ephemeral even when asked to be public', async () => {
    const shown = (await handle(chatInput('rec', options({ id: 'X.1716', public: true })))).body as Body;
    expect(shown.type).toBe(4);
    expect(shown.data!.flags).toBeUndefined();
    const problem = (await handle(chatInput('rec', options({ id: 'X.9999999', public: true })))).body as Body;
    expect(problem.data!.flags).toBe(64);
  });

  test('ask takes free text through the engine', async () => {
    const body = (await handle(chatInput('ask', options({ text: 'rec X.1716' })))).body as Body;
    expect(body.data!.embeds![0]!.title).toContain('X.1716');
  });

  test('the request: channel, actor, and Manage Channels / Manage Server / Administrator to manage', () => {
    const ctxOf = (payload: unknown) => {
      const parsed = parseInteraction(payload);
      if (!parsed.ok) throw new Error(parsed.error);
      return requestFor(parsed.interaction);
    };
    const member = ctxOf(chatInput('help', [], PERMS.member));
    expect(member.channel).toBe(`discord:${FAKE_CHANNEL_ID}`);
    expect(member.actor).toEqual({ id: FAKE_USER_ID, canManageChannel: false, person: `discord:user:${FAKE_USER_ID}` });
    expect(ctxOf(chatInput('help', [], PERMS.manager)).actor?.canManageChannel).toBe(true);
    expect(ctxOf(chatInput('help', [], String(1n << 5n))).actor?.canManageChannel).toBe(true); // MANAGE_GUILD
    expect(ctxOf(chatInput('help', [], String(1n << 3n))).actor?.canManageChannel).toBe(true); // ADMINISTRATOR
    // In a DM with the bot there is no member: the channel is the user's own.
    const { member: _m, guild_id: _g, guild: _gg, ...dm } = chatInput('help', []);
    expect(ctxOf({ ...dm, user: { id: FAKE_USER_ID } }).actor).toEqual({ id: FAKE_USER_ID, canManageChannel: true, person: `discord:user:${FAKE_USER_ID}` });
  });

  test('input over 500 characters gets a short error, not an attempt', async () => {
    const body = (await handle(chatInput('search', options({ text: 'x'.repeat(MAX_INPUT_CHARS + 1) })))).body as Body;
    expect(body.data!.embeds![0]!.title).toBe('Too long');
    expect(body.data!.flags).toBe(64);
  });

  test('an unknown root command or interaction type gets a clear ephemeral answer', async () => {
    const other = chatInput('rec', options({ id: 'X.1716' }));
    const body = (await handle({ ...other, data: { ...other.data, name: 'other' } })).body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.flags).toBe(64);
    expect(body.data!.embeds![0]!.title).toBe('Not supported');
    expect(parseInteraction({ type: 2 }).ok).toBe(false);
  });

  test('commands that defer first answer DEFERRED and follow up with the answer', async () => {
    const reply = await handle(chatInput('rec', options({ id: 'X.1716' })), deps({ deferFirst: (name) => name === 'rec' }));
    expect(reply.body).toEqual({ type: 5, data: { flags: 64 } });
    const message = await reply.followUp!();
    expect(message.embeds[0]!.title).toContain('X.1716');
  });

  test('subscribe (writes the store) defers first; only channel managers change anything', async () => {
    const store = openStore(':memory:');
    try {
      const d = deps({ subscriptions: store.subscriptions });
      const refused = await handle(chatInput('subscribe', options({ questions: 'Q15' }), PERMS.member), d);
      expect(refused.body).toEqual({ type: 5, data: { flags: 64 } });
      await refused.followUp!();
      expect(await store.subscriptions.listForChannel(`discord:${FAKE_CHANNEL_ID}`)).toEqual([]);

      const accepted = await handle(chatInput('subscribe', options({ questions: 'Q15' }), PERMS.manager), d);
      expect(accepted.body.type).toBe(5);
      const message = await accepted.followUp!();
      expect(message.embeds[0]!.title).toContain('Q15/17');
      const [saved] = await store.subscriptions.listForChannel(`discord:${FAKE_CHANNEL_ID}`);
      expect(saved).toMatchObject({ questions: ['Q15/17'], createdBy: FAKE_USER_ID });
    } finally {
      store.close();
    }
  });

  test('fast-check: any option values give a valid, unpinging reply within Discord limits', async () => {
    const stringOptions = buildSg17Definition().json.options!.flatMap((s) =>
      ((s as { options?: { name: string; type: number }[] }).options ?? []).filter((o) => o.type === 3).map((o) => ({ sub: s.name, option: o.name })),
    );
    expect(stringOptions.length).toBeGreaterThan(3);
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 700 }),
      fc.constantFrom('@everyone', '@here X.1716', '<@&123456789012345678>', '<@123456789012345678>', '**X.1716**', 'Q15/17', '`rm -rf`'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...stringOptions), text, fc.option(fc.boolean(), { nil: undefined }), async ({ sub, option }, value, pub) => {
        const values: OptionValue[] = [{ name: option, type: 3, value }];
        if (pub !== undefined) values.push({ name: 'public', type: 5, value: pub });
        const reply = await handle(chatInput(sub, values), deps({ deferFirst: () => false }));
        const body = reply.body as Body;
        expect(body.type).toBe(4);
        expect(body.data!.allowed_mentions).toEqual({ parse: [] });
        if (pub !== true) expect(body.data!.flags).toBe(64);
        const embeds = body.data!.embeds!;
        expect(embeds.length).toBeGreaterThan(0);
        expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
        expect(embeds.reduce((n, e) => n + embedChars(e as never), 0)).toBeLessThanOrEqual(LIMITS.total);
        expect(JSON.stringify(embeds)).not.toMatch(/@(everyone|here)/i);
        if (value.length > MAX_INPUT_CHARS) expect(embeds[0]!.title).toBe('Too long');
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('autocomplete', () => {
  const choices = async (sub: string, option: string, typed: string) => {
    const body = (await handle(autocomplete(sub, option, typed))).body as Body;
    expect(body.type).toBe(8);
    return body.data!.choices!;
  };

  test('Recommendation numbers, best first', async () => {
    expect((await choices('rec', 'id', 'X.1716'))[0]!.value).toBe('X.1716');
    expect((await choices('rec', 'id', '1716'))[0]!.value).toBe('X.1716');
  });

  test('former acronyms are suggested too', async () => {
    const values = (await choices('rec', 'id', 'X.sec_QKDN_AA')).map((c) => c.value);
    expect(values).toContain('X.sec_QKDN_AA');
  });

  test('an empty prefix gives at most 25 choices', async () => {
    const all = await choices('rec', 'id', '');
    expect(all.length).toBe(25);
  });

  test('Questions for a question option', async () => {
    const rgm = buildSg17Definition().bindings.get('rgm')!;
    const questionOption = [...rgm.options.values()].find((o) => o.autocomplete === 'question');
    expect(questionOption).toBeDefined();
    const found = await choices('rgm', discordName(questionOption!.name), '15');
    expect(found[0]!.name).toMatch(/^Q15\/17/);
  });

  test('meetings and places for the meeting and place options', async () => {
    expect((await choices('texts', 'meeting', 'sep'))[0]!.value).toBe('sg17-2024-09');
    expect((await choices('rgm', 'place', 'par')).map((c) => c.value)).toEqual(['Paris, France']);
  });

  test('fast-check: any typed text gives ≤ 25 distinct choices of 1–100 characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 150 }), async (typed) => {
        const found = await choices('rec', 'id', typed);
        expect(found.length).toBeLessThanOrEqual(25);
        expect(new Set(found.map((c) => c.value)).size).toBe(found.length);
        for (const c of found) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeGreaterThan(0);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('HTTP interactions endpoint (Ed25519)', () => {
  const keys = makeSigningKeys();
  let rest: FakeDiscordRest;
  let server: Server;
  let url: string;
  let logger: RecordingLogger;
  const followUps: (() => void)[] = [];

  beforeAll(async () => {
    rest = await startFakeDiscordRest();
    logger = recordingLogger();
    const config = loadConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_URL: rest.url, SG17_DATA_DIR: 'data' });
    const hooks: DiscordAdapterHooks = {
      deferFirst: (name) => name === 'tap',
      onFollowUpDone: () => followUps.shift()?.(),
    };
    const adapter = createDiscordAdapter(appDeps(config, logger), hooks);
    expect(adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /discord/interactions']);
    server = createHttpServer(adapter.routes, logger);
    url = `${await listen(server, 0, '127.0.0.1')}/discord/interactions`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rest.close();
  });

  const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });

  test('a signed PING gets PONG', async () => {
    const body = JSON.stringify(ping());
    const res = await post(body, signedHeaders(keys, body));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ type: 1 });
  });

  test('a signed rec X.1716 gets an embed for X.1716', async () => {
    const body = JSON.stringify(chatInput('rec', options({ id: 'X.1716' })));
    const res = await post(body, signedHeaders(keys, body));
    expect(res.status).toBe(200);
    const json = (await res.json()) as Body;
    expect(json.type).toBe(4);
    expect(json.data!.embeds![0]!.title).toContain('X.1716');
    expect(json.data!.allowed_mentions).toEqual({ parse: [] });
  });

  test('bad signatures get 401: other key, tampered body, other timestamp, missing headers', async () => {
    const body = JSON.stringify(ping());
    const other = makeSigningKeys();
    expect((await post(body, signedHeaders(other, body))).status).toBe(401);
    expect((await post(body.replace('"type":1', '"type":2'), signedHeaders(keys, body))).status).toBe(401);
    expect((await post(body, { ...signedHeaders(keys, body), 'x-signature-timestamp': String(Number(discordTimestamp()) + 1) })).status).toBe(401);
    expect((await post(body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post(body, { ...signedHeaders(keys, body), 'x-signature-ed25519': 'zz' })).status).toBe(401);
  });

  test('signed but malformed payloads get 400, not a crash', async () => {
    for (const body of ['not json', JSON.stringify({ type: 2 })]) {
      expect((await post(body, signedHeaders(keys, body))).status).toBe(400);
    }
  });

  test('signed autocomplete gets its choices', async () => {
    const body = JSON.stringify(autocomplete('rec', 'id', '1716'));
    const json = (await (await post(body, signedHeaders(keys, body))).json()) as Body;
    expect(json.type).toBe(8);
    expect(json.data!.choices![0]!.value).toBe('X.1716');
  });

  test('a deferred command answers DEFERRED at once and PATCHes the answer to @original', async () => {
    const done = new Promise<void>((resolve) => followUps.push(resolve));
    const interaction = chatInput('tap', []);
    const body = JSON.stringify(interaction);
    const json = (await (await post(body, signedHeaders(keys, body))).json()) as Body;
    expect(json).toEqual({ type: 5, data: { flags: 64 } });
    await done;
    const patch = rest.requests.find((r) => r.method === 'PATCH' && r.path === `/webhooks/${FAKE_APP_ID}/${interaction.token}/messages/@original`);
    expect(patch).toBeDefined();
    const message = patch!.body as { embeds: { title: string }[]; allowed_mentions: unknown; flags?: number };
    expect(message.embeds[0]!.title).toMatch(/TAP/);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.flags).toBeUndefined();
    expect(logger.errors).toEqual([]);
  });
});

test('the composition root mounts the endpoint when DISCORD_PUBLIC_KEY is set', async () => {
  const keys = makeSigningKeys();
  const dir = mkdtempSync(join(tmpdir(), 'sg17-discord-'));
  const config = loadConfig({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0', SG17_DATA_DIR: 'data', SG17_DB: join(dir, 'sg17.db') });
  const app = await createApp(config, { clock: new FakeClock(NOW), logger: recordingLogger() });
  const base = await app.start();
  try {
    expect(app.adapters.map((a) => a.platform)).toContain('discord');
    const body = JSON.stringify(ping());
    const res = await fetch(`${base}/discord/interactions`, { method: 'POST', body, headers: signedHeaders(keys, body) });
    expect(await res.json()).toEqual({ type: 1 });
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
describe('gateway: the real discord.js Client against a fake gateway and fake REST', () => {
  let gateway: FakeDiscordGateway;
  let rest: FakeDiscordRest;
  let adapter: ReturnType<typeof createDiscordAdapter>;
  let logger: RecordingLogger;
  const answered = new Map<string, () => void>();
  const whenAnswered = (id: string) => new Promise<void>((resolve) => answered.set(id, resolve));

  beforeAll(async () => {
    gateway = await startFakeDiscordGateway();
    rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botToken: TOKEN });
    logger = recordingLogger();
    const config = loadConfig({ DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_URL: rest.url, SG17_DATA_DIR: 'data' });
    adapter = createDiscordAdapter(appDeps(config, logger), { deferFirst: (name) => name === 'aap', onInteractionDone: (id) => answered.get(id)?.() });
    expect(adapter.routes).toEqual([]);
    await adapter.start();
    const client = adapter.client() as Client;
    if (!client.isReady()) await once(client, Events.ClientReady);
  });
  afterAll(async () => {
    await adapter.stop();
    await gateway.close();
    await rest.close();
  });
  afterEach(() => expect(logger.errors).toEqual([]));

  test('logs in: gateway URL from GET /gateway/bot, IDENTIFY with the Guilds intent only, READY + GUILD_CREATE, heartbeats ACKed', async () => {
    const gatewayBot = rest.requests.find((r) => r.method === 'GET' && r.path === '/gateway/bot');
    expect(gatewayBot?.authorization).toBe(`Bot ${TOKEN}`);
    const identify = await gateway.identified;
    expect(identify.token).toBe(TOKEN);
    expect(identify.intents).toBe(1); // GUILDS; no privileged intents
    expect(gateway.connectQueries[0]).toContain('v=10');
    expect(gateway.connectQueries[0]).toContain('encoding=json');
    const client = adapter.client()!;
    expect(client.guilds.cache.get(FAKE_GUILD_ID)?.name).toBe('SG17 study group');
    await gateway.firstHeartbeat;
    expect(gateway.heartbeats).toBeGreaterThan(0);
  });

  test('/sg17 rec id:X.1716 is answered through the interaction callback', async () => {
    const interaction = chatInput('rec', options({ id: 'X.1716' }));
    const done = whenAnswered(interaction.id);
    gateway.dispatch('INTERACTION_CREATE', interaction);
    const callback = await rest.waitFor(new RegExp(`^POST /interactions/${interaction.id}/`));
    await done;
    expect(callback.path).toBe(`/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback.authorization).toBeUndefined(); // interaction callbacks are not bot-authenticated
    const body = callback.body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.flags).toBe(64);
    expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    expect(body.data!.embeds![0]!.title).toContain('X.1716');
  });

  test('/sg17 ask follows up the same person in the same channel, not another person or channel', async () => {
    const askAs = async (text: string, who: { user?: string; channel?: string } = {}): Promise<string> => {
      const interaction = chatInput('ask', options({ text }));
      if (who.user) interaction.member.user.id = who.user;
      if (who.channel) interaction.channel_id = who.channel;
      const done = whenAnswered(interaction.id);
      gateway.dispatch('INTERACTION_CREATE', interaction);
      await done;
      const callback = rest.requests.find((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
      return embedText(callback!.body as Body);
    };
    await askAs('aap Q10');
    const followed = await askAs('and their rgms?');
    expect(followed).toContain('Interim RGMs — Q10/17');
    expect(followed).toContain('rgm Q10');
    expect(followed).toContain('(following your last question)');
    const otherPerson = await askAs('and their rgms?', { user: '200000000000000099' });
    expect(otherPerson).not.toContain('following your last question');
    expect(otherPerson).toContain('"title":"Interim RGMs"'); // every RGM, not the Q10 ones
    const otherChannel = await askAs('what about Q15?', { channel: '300000000000000099' });
    expect(otherChannel).not.toContain('following your last question');
    // The first conversation still holds its question.
    expect(await askAs('what about Q15?')).toContain('rgm Q15');
  });

  test('autocomplete through the gateway', async () => {
    const interaction = autocomplete('rec', 'id', 'X.171');
    gateway.dispatch('INTERACTION_CREATE', interaction);
    const callback = await rest.waitFor(new RegExp(`^POST /interactions/${interaction.id}/`));
    const body = callback.body as Body;
    expect(body.type).toBe(8);
    expect(body.data!.choices!.map((c) => c.value)).toContain('X.1716');
  });

  test('a deferred command: DEFERRED callback, then the answer PATCHed to @original', async () => {
    const interaction = chatInput('aap', options({ public: true }));
    const done = whenAnswered(interaction.id);
    gateway.dispatch('INTERACTION_CREATE', interaction);
    await done;
    const callback = rest.requests.find((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(callback?.body).toEqual({ type: 5, data: {} });
    const patch = rest.requests.find((r) => r.method === 'PATCH' && r.path === `/webhooks/${FAKE_APP_ID}/${interaction.token}/messages/@original`);
    expect((patch!.body as { embeds: { title: string }[] }).embeds[0]!.title).toMatch(/AAP/);
  });
});

// ---------------------------------------------------------------------------------------------
describe('reminder Poster', () => {
  let rest: FakeDiscordRest;
  const answer: Answer = {
    kind: 'reminder',
    ok: true,
    title: 'Q15/17 RGM in 7 days @everyone',
    sections: [{ items: [{ text: 'MyWorkspace' }] }],
    source: 'SG17, Geneva, 2–6 Sep 2024 — executive summary',
    data: { kind: 'reminder', items: [] },
  };
  beforeAll(async () => {
    rest = await startFakeDiscordRest({ botToken: TOKEN });
  });
  afterAll(() => rest.close());

  const poster = () => {
    const r = createPosterRest(rest.url, TOKEN);
    return { poster: createDiscordPoster(r), close: () => closeRest(r) };
  };
  const channel = `discord:${FAKE_CHANNEL_ID}` as const;
  const postsSoFar = () => rest.requests.filter((r) => r.path === `/channels/${FAKE_CHANNEL_ID}/messages`).length;

  test('sends embeds with a stable ≤25-character nonce, enforce_nonce and no mentions', async () => {
    const { poster: p, close } = poster();
    const before = postsSoFar();
    const outcome = await p.post(channel, answer, { idempotencyKey: 'sg17-2024-09/rgm-07|discord:1100000000000000003|7d' });
    close();
    expect(outcome.status).toBe('sent');
    expect(outcome.status === 'sent' && outcome.messageId).toMatch(/^\d+$/);
    const request = rest.requests.filter((r) => r.path === `/channels/${FAKE_CHANNEL_ID}/messages`)[before]!;
    expect(request.authorization).toBe(`Bot ${TOKEN}`);
    const body = request.body as { nonce: string; enforce_nonce: boolean; allowed_mentions: unknown; embeds: unknown[] };
    expect(body.nonce).toBe(nonceFor('sg17-2024-09/rgm-07|discord:1100000000000000003|7d'));
    expect(body.nonce.length).toBeLessThanOrEqual(25);
    expect(body.enforce_nonce).toBe(true);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body.embeds)).not.toMatch(/@everyone/);
    expect(nonceFor('a')).not.toBe(nonceFor('b'));
  });

  test('429 → retry with the wait Discord asked for, made once (no retry inside discord.js)', async () => {
    const { poster: p, close } = poster();
    rest.script(/^POST \/channels\/\d+\/messages$/, rateLimited(1.5));
    const before = postsSoFar();
    const outcome = await p.post(channel, answer, { idempotencyKey: 'k429' });
    expect(outcome).toMatchObject({ status: 'retry' });
    expect(outcome.status === 'retry' && outcome.retryAfterMs).toBeGreaterThanOrEqual(1500);
    close();
    expect(postsSoFar() - before).toBe(1);
  });

  test('an exhausted bucket: the next post is refused up front (retry), not held inside discord.js', async () => {
    const { poster: p, close } = poster();
    const bucket = { 'x-ratelimit-bucket': 'chanbucket', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '30' };
    const ok = { status: 200, headers: bucket, body: { id: '1300000000000000999', channel_id: FAKE_CHANNEL_ID } };
    // Every Discord response carries the bucket headers: the first teaches discord.js the bucket's
    // hash, the second (now in that bucket) that it is empty for 30 s.
    rest.script(/^POST \/channels\/\d+\/messages$/, ok, ok);
    const before = postsSoFar();
    expect((await p.post(channel, answer, { idempotencyKey: 'b1' })).status).toBe('sent');
    expect((await p.post(channel, answer, { idempotencyKey: 'b2' })).status).toBe('sent');
    const next = await p.post(channel, answer, { idempotencyKey: 'b3' });
    close();
    expect(next.status).toBe('retry');
    expect(next.status === 'retry' && next.retryAfterMs).toBeGreaterThan(25_000);
    expect(postsSoFar() - before).toBe(2);
  });

  test('5xx → retry, made once', async () => {
    const { poster: p, close } = poster();
    rest.script(/^POST \/channels\/\d+\/messages$/, { status: 502, body: { message: 'bad gateway' } });
    const before = postsSoFar();
    expect((await p.post(channel, answer, { idempotencyKey: 'k5xx' })).status).toBe('retry');
    close();
    expect(postsSoFar() - before).toBe(1);
  });

  test('Unknown Channel (10003) and Missing Access (50001) → gone', async () => {
    const { poster: p, close } = poster();
    rest.script(/^POST \/channels\/\d+\/messages$/, discordError(404, 10003, 'Unknown Channel'), discordError(403, 50001, 'Missing Access'));
    expect((await p.post(channel, answer, { idempotencyKey: 'g1' })).status).toBe('gone');
    expect((await p.post(channel, answer, { idempotencyKey: 'g2' })).status).toBe('gone');
    close();
  });

  test('network failure → retry; no token → retry; another platform → gone', async () => {
    const r = createPosterRest('http://127.0.0.1:9/api', TOKEN);
    expect((await createDiscordPoster(r).post(channel, answer, { idempotencyKey: 'n' })).status).toBe('retry');
    closeRest(r);
    expect((await createDiscordPoster(undefined).post(channel, answer, { idempotencyKey: 'n' })).status).toBe('retry');
    expect((await createDiscordPoster(undefined).post('slack:C123', answer, { idempotencyKey: 'n' })).status).toBe('gone');
  });
});

// ---------------------------------------------------------------------------------------------
describe('sg17 discord register', () => {
  let rest: FakeDiscordRest;
  beforeAll(async () => {
    rest = await startFakeDiscordRest({ botToken: TOKEN });
  });
  afterAll(() => rest.close());

  const run = async (argv: string[], env: Record<string, string>) => {
    let stdout = '';
    let stderr = '';
    const code = await cliMain(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
    return { code, stdout, stderr };
  };
  const env = () => ({ DISCORD_APPLICATION_ID: FAKE_APP_ID, DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_URL: rest.url });

  test('--guild PUTs the generated definition to the guild commands', async () => {
    const result = await run(['discord', 'register', '--guild', FAKE_GUILD_ID], env());
    expect(result.code).toBe(0);
    const put = await rest.waitFor(new RegExp(`^PUT /applications/${FAKE_APP_ID}/guilds/${FAKE_GUILD_ID}/commands$`));
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual([buildSg17Definition().json]);
    expect(result.stdout).toContain(`guild ${FAKE_GUILD_ID}`);
  });

  test('without --guild it registers globally', async () => {
    const result = await run(['discord', 'register'], env());
    expect(result.code).toBe(0);
    const put = await rest.waitFor(new RegExp(`^PUT /applications/${FAKE_APP_ID}/commands$`));
    expect(put.body).toEqual([buildSg17Definition().json]);
  });

  test('missing variables, bad arguments and refusals are reported', async () => {
    const missing = await run(['discord', 'register'], { DISCORD_API_URL: rest.url });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('DISCORD_APPLICATION_ID');
    expect((await run(['discord', 'unregister'], env())).code).toBe(2);
    expect((await run(['discord', 'register', '--guild', 'abc'], env())).code).toBe(2);
    const refused = await run(['discord', 'register'], { ...env(), DISCORD_BOT_TOKEN: 'wrong' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('401');
    expect(refused.stderr).toContain('DISCORD_BOT_TOKEN');
  });

  test('clear removes the commands with an empty PUT', async () => {
    const result = await run(['discord', 'clear', '--guild', FAKE_GUILD_ID], env());
    expect(result.code).toBe(0);
    const puts = rest.requests.filter((r) => r.method === 'PUT' && r.path === `/applications/${FAKE_APP_ID}/guilds/${FAKE_GUILD_ID}/commands`);
    expect(puts.at(-1)!.body).toEqual([]);
  });

  test('--print shows the JSON without sending it', async () => {
    const before = rest.requests.length;
    const result = await run(['discord', 'register', '--print'], {});
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([buildSg17Definition().json]);
    expect(rest.requests.length).toBe(before);
  });
});
