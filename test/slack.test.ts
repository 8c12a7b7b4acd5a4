/**
 * The Slack adapter end to end: the real service (createApp) with the real Bolt app mounted on its
 * one HTTP server, on a loopback port, receiving requests signed exactly as Slack signs them, and
 * talking to a loopback fake of the Slack Web API. Nothing of Bolt is mocked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { webApi } from '@slack/bolt';
import { createApp, type App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { silentLogger } from '../adapters/logger.js';
import { renderSlackBlocks } from '../adapters/slack/render-blocks.js';
import { createSlackPoster } from '../adapters/slack/poster.js';
import { canManageSlackChannel } from '../adapters/slack/permissions.js';
import { stripMentions } from '../adapters/slack/listeners/mention.js';
import { boltLogger } from '../adapters/slack/bolt-logger.js';
import { ask } from '../src/engine/engine.js';
import type { Answer } from '../src/engine/answer.js';
import { FakeClock, systemClock } from '../src/clock.js';
import { appMentionBody, slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TOKEN = 'xoxb-1111-2222-test-token';
const DATA_DIR = process.env.SG17_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const FORM = 'application/x-www-form-urlencoded';

let api: FakeSlackApi;
let app: App;
let base: string;
const clock = new FakeClock('2024-11-20T09:00:00Z');

/** Real seconds: Slack signs with its own clock, and Bolt checks freshness against the system clock. */
const nowSec = (): number => Math.floor(systemClock.now().getTime() / 1000);

async function postEvents(body: string, contentType: string, headers: Record<string, string> = slackSignature(SECRET, body, nowSec())): Promise<Response> {
  return fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
}

async function slash(text: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await postEvents(slashCommandBody(text), FORM);
  const raw = await res.text();
  return { status: res.status, json: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
}

/** What the engine answers for `text` in this app, rendered as the adapter must render it. */
async function expected(text: string): Promise<ReturnType<typeof renderSlackBlocks>> {
  return renderSlackBlocks(await engineAnswer(text));
}

async function engineAnswer(text: string): Promise<Answer> {
  return ask(text, { catalog: app.deps.catalog(), now: clock.now(), channel: 'slack:C0123ABCD', actor: { id: 'slack:U0USER01', canManageChannel: false } });
}

beforeAll(async () => {
  api = await startFakeSlackApi();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SG17_DATA_DIR: DATA_DIR,
    SG17_DB: ':memory:',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_API_URL: api.url,
    SG17_ADMINS: 'U0ADMIN9',
  });
  app = await createApp(config, { clock, logger: silentLogger, slack: { unhandledRequestTimeoutMillis: 150 }, reminders: { cron: false } });
  base = await app.start();
});

afterAll(async () => {
  await app?.stop();
  await api?.close();
});

describe('start-up', () => {
  it('checks the bot token with auth.test, sending it as a bearer token', () => {
    const [call] = api.callsTo('auth.test');
    expect(call?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('serves /healthz beside the Slack route on the same server', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });
});

describe('/sg17 slash command', () => {
  it('answers `rec X.1716` with Block Kit in the HTTP response itself, ephemeral', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const { status, json } = await slash('rec X.1716');
    expect(status).toBe(200);
    const want = await expected('rec X.1716');
    expect(json.response_type).toBe('ephemeral');
    expect(json.blocks).toEqual(want.blocks);
    expect(json.text).toBe(want.text);
    const blocks = json.blocks as { type: string; elements?: { text: string }[] }[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks.at(-1)?.type).toBe('context');
    expect(blocks.at(-1)?.elements?.[0]?.text).toContain((await engineAnswer('rec X.1716')).source.replace(/&/g, '&amp;'));
    // Nothing went through the Web API: the answer was the ack body.
    expect(api.callsTo('chat.postMessage').length).toBe(before);
  });

  it('posts in the channel with `public` when the command allows it', async () => {
    const { json } = await slash('help public');
    expect(json.response_type).toBe('in_channel');
    expect(json.blocks).toEqual((await expected('help')).blocks);
  });

  it('escapes what the user typed so it can never ping anyone', async () => {
    const hostile = 'xyzzy <!channel> <!here> <!everyone> <@U0OTHER1> <!subteam^S012|@team> @channel';
    const { status, json } = await slash(hostile);
    expect(status).toBe(200);
    const out = JSON.stringify(json);
    expect(out).not.toMatch(/<!(channel|here|everyone|subteam)|<@U/);
    // The engine echoed the text back ("did not understand …"); it arrives escaped.
    expect(out).toContain('&lt;!channel&gt;');
    // Plain @channel is defused in the notification fallback; blocks are verbatim, so never parsed.
    expect(String(json.text)).toContain('@\u2060channel');
    expect(String(json.text)).not.toMatch(/@channel/);
    for (const block of json.blocks as Record<string, unknown>[]) {
      const texts = [block.text, ...((block.fields as unknown[]) ?? []), ...((block.elements as unknown[]) ?? [])] as { type?: string; verbatim?: boolean }[];
      for (const t of texts.filter((x) => x?.type === 'mrkdwn')) expect(t.verbatim).toBe(true);
    }
  });

  it('gives input over 500 characters a short error without echoing it', async () => {
    const long = `rec ${'X'.repeat(600)}`;
    const { status, json } = await slash(long);
    expect(status).toBe(200);
    // The limit is dispatch's (src/dispatch), before the engine sees the text.
    expect(JSON.stringify(json.blocks)).toContain('Too long');
    expect(json.response_type).toBe('ephemeral');
    expect(JSON.stringify(json)).not.toContain('X'.repeat(100));
    expect(JSON.stringify(json).length).toBeLessThan(1500);
  });

  it('acknowledges other slash commands at once with an empty 200', async () => {
    const body = slashCommandBody('anything', { command: '/weather' });
    const res = await postEvents(body, FORM);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('request signatures (Bolt verification)', () => {
  it('rejects a bad signature with 401', async () => {
    const body = slashCommandBody('rec X.1716');
    const headers = slackSignature('not-the-secret', body, nowSec());
    const res = await postEvents(body, FORM, headers);
    expect(res.status).toBe(401);
  });

  it('rejects a correctly signed but stale request (timestamp older than 5 minutes) with 401', async () => {
    const body = slashCommandBody('rec X.1716');
    const res = await postEvents(body, FORM, slackSignature(SECRET, body, nowSec() - 6 * 60));
    expect(res.status).toBe(401);
  });

  it('accepts a request signed 4 minutes ago (still fresh)', async () => {
    const body = slashCommandBody('help');
    const res = await postEvents(body, FORM, slackSignature(SECRET, body, nowSec() - 4 * 60));
    expect(res.status).toBe(200);
  });

  it('rejects a request without signature headers with 401', async () => {
    const res = await postEvents(slashCommandBody('help'), FORM, {});
    expect(res.status).toBe(401);
  });

  it('rejects a body altered after signing', async () => {
    const body = slashCommandBody('help');
    const headers = slackSignature(SECRET, body, nowSec());
    const res = await postEvents(body.replace('help', 'rec+X.1716'), FORM, headers);
    expect(res.status).toBe(401);
  });

  it("answers Slack's unsigned ssl_check, and runs nothing smuggled beside it", async () => {
    const check = await postEvents('ssl_check=1&token=t', FORM, {});
    expect(check.status).toBe(200);
    expect(await check.text()).toBe('');
    const smuggled = `ssl_check=1&${slashCommandBody('rec X.1716')}`;
    for (const headers of [{}, slackSignature('wrong', smuggled, nowSec())]) {
      const res = await postEvents(smuggled, FORM, headers);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(''); // no answer to the command: it never reached a listener
    }
    const payload = `ssl_check=1&payload=${encodeURIComponent(JSON.stringify({ type: 'url_verification', challenge: 'smuggled' }))}`;
    const res = await postEvents(payload, FORM, {});
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('answers the url_verification challenge only when signed', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'c-3f9a', type: 'url_verification' });
    const ok = await postEvents(body, 'application/json');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: 'c-3f9a' });
    const bad = await postEvents(body, 'application/json', slackSignature('wrong', body, nowSec()));
    expect(bad.status).toBe(401);
  });
});

describe('bodies Bolt 5.1 would crash on', () => {
  it('answers a signed null body (JSON or form payload, even percent-encoded) with 400, unsigned with 401', async () => {
    for (const [body, type] of [
      ['null', 'application/json'],
      [' null ', 'application/json'],
      ['payload=null', FORM],
      ['payload=%6Eu%6Cl', FORM],
      ['p%61yload=null', FORM],
    ] as const) {
      expect((await postEvents(body, type)).status, body).toBe(400);
      expect((await postEvents(body, type, slackSignature('wrong', body, nowSec()))).status, body).toBe(401);
    }
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    const body = `text=${'a'.repeat(1024 * 1024 + 10)}`;
    const res = await postEvents(body, FORM);
    expect(res.status).toBe(413);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('follow-ups (the conversation: a thread, or a person in a channel)', () => {
  const rgmQ10 = async (): Promise<string> => {
    const answer = await engineAnswer('rgm Q10');
    return JSON.stringify(renderSlackBlocks({ ...answer, reading: { query: 'rgm Q10', understood: true, show: true, following: true } }).blocks);
  };

  it("refines the last slash command of the same person in the same channel, not another person's", async () => {
    const as = (user: string, text: string) =>
      postEvents(slashCommandBody(text, { user_id: user }), FORM).then(async (res) => JSON.parse(await res.text()) as { blocks: unknown[]; text: string });
    await as('U0FOLLOW1', 'aap Q10');
    const followed = await as('U0FOLLOW1', 'and their rgms?');
    expect(JSON.stringify(followed.blocks)).toBe(await rgmQ10());
    expect(JSON.stringify(followed.blocks)).toContain('(following your last question)');
    // Someone else in the channel asked nothing before: their "and their rgms?" is every RGM.
    const other = await as('U0FOLLOW2', 'and their rgms?');
    expect(JSON.stringify(other.blocks)).not.toContain('following your last question');
    expect(other.blocks).toEqual((await expected('and their rgms?')).blocks);
  });

  it('refines the question asked in a thread when anyone mentions the bot in that thread', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const top = appMentionBody('<@UBOT0001> aap Q10', 'Ev0FOLLOW1', { user: 'U0FOLLOW3', ts: '1725000100.000100' });
    await postEvents(top, 'application/json');
    await api.waitFor('chat.postMessage', before + 1);
    const reply = appMentionBody('<@UBOT0001> and their rgms?', 'Ev0FOLLOW2', { user: 'U0FOLLOW4', ts: '1725000101.000100', thread_ts: '1725000100.000100' });
    await postEvents(reply, 'application/json');
    const post = (await api.waitFor('chat.postMessage', before + 2))[before + 1]!;
    expect(post.params.thread_ts).toBe('1725000100.000100');
    expect(JSON.stringify(post.params.blocks)).toBe(await rgmQ10());
    // Another thread holds no question: read on its own.
    const elsewhere = appMentionBody('<@UBOT0001> and their rgms?', 'Ev0FOLLOW3', {
      user: 'U0FOLLOW4',
      ts: '1725000102.000100',
      thread_ts: '1725000090.000100',
    });
    await postEvents(elsewhere, 'application/json');
    const third = (await api.waitFor('chat.postMessage', before + 3))[before + 2]!;
    expect(third.params.blocks).toEqual((await expected('and their rgms?')).blocks);
  });
});

describe('app mentions', () => {
  it('answers in a thread with chat.postMessage, once per event even when Slack retries', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const body = appMentionBody('<@UBOT0001> rec X.1716', 'Ev0MENTION1');
    const first = await postEvents(body, 'application/json');
    expect(first.status).toBe(200);
    const [, post] = [before, (await api.waitFor('chat.postMessage', before + 1))[before]!];
    expect(post.params.channel).toBe('C0123ABCD');
    expect(post.params.thread_ts).toBe('1725000000.000200');
    const want = await expected('rec X.1716');
    expect(post.params.blocks).toEqual(want.blocks);
    expect(post.params.text).toBe(want.text);
    expect(post.authorization).toBe(`Bearer ${TOKEN}`);

    // Slack redelivers the same event (e.g. it missed our 200): no second answer.
    const retry = await postEvents(body, 'application/json', {
      ...slackSignature(SECRET, body, nowSec()),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    // A different event afterwards is answered; by then the retry has long been handled.
    const other = appMentionBody('<@UBOT0001> help', 'Ev0MENTION2', { ts: '1725000001.000300' });
    expect((await postEvents(other, 'application/json')).status).toBe(200);
    const posts = await api.waitFor('chat.postMessage', before + 2);
    await new Promise((r) => setTimeout(r, 100));
    const mine = api.callsTo('chat.postMessage').slice(before);
    expect(mine).toHaveLength(2);
    expect(posts[before + 1]?.params.thread_ts).toBe('1725000001.000300');
  });

  it('replies inside an existing thread when mentioned in one', async () => {
    const before = api.callsTo('chat.postMessage').length;
    const body = appMentionBody('<@UBOT0001> help', 'Ev0MENTION3', { ts: '1725000009.000900', thread_ts: '1725000005.000500' });
    await postEvents(body, 'application/json');
    const post = (await api.waitFor('chat.postMessage', before + 1))[before]!;
    expect(post.params.thread_ts).toBe('1725000005.000500');
  });

  it("does not answer a mention posted by the bot itself (Bolt's ignoreSelf is off)", async () => {
    const before = api.callsTo('chat.postMessage').length;
    const own = appMentionBody('<@UBOT0001> rec X.1716', 'Ev0SELF1', { user: 'UBOT0001', ts: '1725000020.000100' });
    const ownBot = appMentionBody('<@UBOT0001> rec X.1716', 'Ev0SELF2', { user: 'U0OTHER1', bot_id: 'BBOT0001', ts: '1725000021.000100' });
    expect((await postEvents(own, 'application/json')).status).toBe(200);
    expect((await postEvents(ownBot, 'application/json')).status).toBe(200);
    // A person's mention right after is answered, and it is the only post since `before`.
    const person = appMentionBody('<@UBOT0001> help', 'Ev0SELF3', { ts: '1725000022.000100' });
    expect((await postEvents(person, 'application/json')).status).toBe(200);
    const posts = await api.waitFor('chat.postMessage', before + 1);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo('chat.postMessage').slice(before)).toHaveLength(1);
    expect(posts[before]?.params.thread_ts).toBe('1725000022.000100');
  });

  it('strips mention tokens before asking', () => {
    expect(stripMentions('<@U0BOT|sg17>  which items are going to AAP last call?')).toBe('which items are going to AAP last call?');
  });
});

describe('channel managers (users.info, SG17_ADMINS)', () => {
  it('looks the asker up for /sg17 subscribe, lets only managers subscribe, and never posts it publicly', async () => {
    const infoBefore = api.callsTo('users.info').length;
    const refused = await slash('subscribe Q15/17 public');
    expect(refused.json.response_type).toBe('ephemeral');
    const [lookup] = api.callsTo('users.info').slice(infoBefore);
    expect(lookup?.params.user).toBe('U0USER01');
    expect(await app.deps.subscriptions?.listForChannel('slack:C0123ABCD')).toEqual([]);

    // SG17_ADMINS (U0ADMIN9) needs no lookup.
    const body = slashCommandBody('subscribe Q15/17', { user_id: 'U0ADMIN9' });
    const res = await postEvents(body, FORM);
    const json = (await res.json()) as { response_type: string };
    expect(json.response_type).toBe('ephemeral');
    expect(api.callsTo('users.info').length).toBe(infoBefore + 1);
    const [sub] = await app.deps.subscriptions!.listForChannel('slack:C0123ABCD');
    expect(sub?.questions).toEqual(['Q15/17']);
    expect(sub?.createdBy).toContain('U0ADMIN9');
  });

  it('honours admins, owners and SG17_ADMINS (dispatch asks only for subscribe/unsubscribe: test/dispatch.test.ts)', async () => {
    api.users.set('U0ADMIN1', { id: 'U0ADMIN1', is_admin: true });
    api.users.set('U0OWNER1', { id: 'U0OWNER1', is_owner: true });
    api.users.set('U0PLAIN1', { id: 'U0PLAIN1' });
    const client = new webApi.WebClient(TOKEN, { slackApiUrl: api.url, retryConfig: { retries: 0 }, logger: boltLogger(silentLogger) });
    const before = api.callsTo('users.info').length;
    expect(await canManageSlackChannel(client, 'U0ADMIN1', [], silentLogger)).toBe(true);
    expect(await canManageSlackChannel(client, 'U0OWNER1', [], silentLogger)).toBe(true);
    expect(await canManageSlackChannel(client, 'U0PLAIN1', [], silentLogger)).toBe(false);
    expect(await canManageSlackChannel(client, 'U0NOBODY', [], silentLogger)).toBe(false);
    expect(api.callsTo('users.info').length).toBe(before + 4);
    expect(await canManageSlackChannel(client, 'U0PLAIN1', ['U0PLAIN1'], silentLogger)).toBe(true);
    expect(api.callsTo('users.info').length).toBe(before + 4);
  });
});

describe('reminder poster (chat.postMessage outcomes)', () => {
  const answer = (): Answer => ({
    kind: 'reminder',
    ok: true,
    title: 'Q15/17 RGM in 7 days',
    sections: [],
    source: 'SG17, Geneva, 2–6 Sep 2024',
    data: { kind: 'reminder', items: [] },
  });
  const poster = () =>
    createSlackPoster(new webApi.WebClient(TOKEN, { slackApiUrl: api.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true }), silentLogger);

  it('maps sent, rate limits, 5xx and lost channels', async () => {
    const p = poster();
    const sent = await p.post('slack:C0REMIND1', answer(), { idempotencyKey: 'k1' });
    expect(sent.status).toBe('sent');
    const call = api.callsTo('chat.postMessage').at(-1)!;
    expect(call.params.channel).toBe('C0REMIND1');
    expect(call.params.blocks).toEqual(renderSlackBlocks(answer()).blocks);
    expect(call.params.metadata).toEqual({ event_type: 'sg17_reminder', event_payload: { key: 'k1' } });

    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '7' }, body: { ok: false, error: 'ratelimited' } });
    expect(await p.post('slack:C0REMIND1', answer(), { idempotencyKey: 'k2' })).toEqual({ status: 'retry', retryAfterMs: 7000, reason: 'ratelimited' });

    api.script('chat.postMessage', { status: 503, body: { ok: false } });
    expect((await p.post('slack:C0REMIND1', answer(), { idempotencyKey: 'k3' })).status).toBe('retry');

    for (const error of ['channel_not_found', 'not_in_channel', 'is_archived', 'missing_scope']) {
      api.script('chat.postMessage', { body: { ok: false, error } });
      expect(await p.post('slack:C0REMIND1', answer(), { idempotencyKey: `g-${error}` })).toEqual({ status: 'gone', reason: error });
    }
    api.script('chat.postMessage', { body: { ok: false, error: 'internal_error' } });
    expect((await p.post('slack:C0REMIND1', answer(), { idempotencyKey: 'k4' })).status).toBe('retry');
  });

  it('treats a network failure as retry', async () => {
    const dead = createSlackPoster(
      new webApi.WebClient(TOKEN, { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 }, logger: boltLogger(silentLogger) }),
      silentLogger,
    );
    expect(await dead.post('slack:C0REMIND1', answer(), { idempotencyKey: 'n1' })).toMatchObject({ status: 'retry', reason: 'network error' });
  });

  it('exposes the poster through the adapter for the scheduler', () => {
    expect(app.adapters.map((a) => a.platform)).toEqual(['slack']);
  });
});

describe('no request can crash the service (fast-check)', () => {
  it('answers any command text with valid, mention-free Block Kit within Slack limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 120, unit: 'grapheme' }),
          fc.string({ maxLength: 700 }),
          fc.constantFrom('<!channel>', '<!here|here>', '<@U1>', '&lt;', 'rec <!everyone>', 'public', ' public', '"', "'"),
          fc
            .array(fc.constantFrom('rec', 'X.1716', 'public', '<!channel>', 'help', '&', '>', '<', '@here', 'Q15/17'), { maxLength: 8 })
            .map((w) => w.join(' ')),
        ),
        async (text) => {
          const { status, json } = await slash(text);
          expect(status).toBe(200);
          const blocks = json.blocks as { text?: { text: string }; fields?: unknown[] }[];
          expect(blocks.length).toBeGreaterThan(0);
          expect(blocks.length).toBeLessThanOrEqual(50);
          for (const b of blocks) {
            if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
            if (b.fields) expect(b.fields.length).toBeLessThanOrEqual(10);
          }
          const out = JSON.stringify(json);
          // The only control sequences we ever emit are local-time <!date^…> tokens.
          expect(out.replace(/<!date\^/g, '')).not.toMatch(/<[!@#]/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers raw malformed bodies, signed or not, with 2xx/4xx and keeps serving', async () => {
    const contentTypes = fc.constantFrom(FORM, 'application/json', 'text/plain', 'application/json; charset=utf-8', '');
    const bodies = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
      fc
        .dictionary(
          fc.constantFrom('command', 'text', 'payload', 'type', 'event', 'ssl_check', 'channel_id', 'user_id', 'challenge'),
          fc.string({ maxLength: 20 }),
        )
        .map((d) => new URLSearchParams(d).toString()),
      fc.record({ command: fc.constant('/sg17'), text: fc.anything(), channel_id: fc.anything(), user_id: fc.anything() }).map((o) => JSON.stringify(o)),
      fc
        .record({
          type: fc.constant('event_callback'),
          event_id: fc.string(),
          event: fc.record({ type: fc.constantFrom('app_mention', 'message', 'x'), text: fc.anything(), channel: fc.anything(), ts: fc.anything() }),
        })
        .map((o) => JSON.stringify(o) ?? '{}'),
    );
    await fc.assert(
      fc.asyncProperty(bodies, contentTypes, fc.constantFrom('signed', 'unsigned', 'wrong', 'stale'), async (body, contentType, signing) => {
        const headers: Record<string, string> =
          signing === 'signed'
            ? slackSignature(SECRET, body, nowSec())
            : signing === 'wrong'
              ? slackSignature('nope', body, nowSec())
              : signing === 'stale'
                ? slackSignature(SECRET, body, nowSec() - 3600)
                : {};
        const res = await postEvents(body, contentType, headers);
        await res.arrayBuffer();
        expect(res.status).toBeGreaterThanOrEqual(200);
        expect(res.status).toBeLessThan(500);
        if (signing !== 'signed') expect(res.status).toBe(401);
      }),
      { numRuns: 120 },
    );
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
