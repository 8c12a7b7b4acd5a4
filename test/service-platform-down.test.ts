/**
 * The real service as a child process, with Discord's gateway out of reach while its REST API
 * answers (loopback fakes): the gateway host does not resolve, or its port refuses connections.
 * The service must keep serving HTTP (Slack's and Discord's routes), report 503 on /readyz, post a due reminder through REST,
 * warn once per attempt following the capped backoff, and turn ready once the gateway is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/sqlite.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import { FAKE_APP_ID, FAKE_CHANNEL_ID, makeSigningKeys, ping, signedHeaders } from './fakes/discord-payloads.js';
import { slackSignature, slashCommandBody, startFakeSlackApi } from './fakes/slack-api.js';
import { killAll, refusingPort, startService, until, type LogLine } from './service-process.js';

const TOKEN = 'discord-bot-token-for-the-outage-test';
const SLACK_SECRET = 'outage-test-slack-signing-secret';
const keys = makeSigningKeys();
const RETRY = { SG17_RETRY_MIN_MS: '100', SG17_RETRY_MAX_MS: '400', SG17_CONNECT_TIMEOUT_MS: '800' };
// 1 day before the Q3/17 RGM of 26–27 Nov 2024 at 09:00 Zurich = 2024-11-25T08:00:00Z.
const NOW = '2024-11-25T07:59:57Z';

let dir: string;
const fakes: { close(): Promise<void> }[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg17-platform-down-'));
});
afterAll(async () => {
  killAll();
  for (const f of fakes) await f.close();
  rmSync(dir, { recursive: true, force: true });
});

async function subscribedDb(name: string): Promise<string> {
  const db = join(dir, name);
  const store = openStore(db);
  await store.subscriptions.subscribe(`discord:${FAKE_CHANNEL_ID}`, { questions: ['Q3/17'], leads: ['1d'] }, 'test', new Date('2024-11-01T00:00:00Z'));
  await store.close();
  return db;
}

const readyz = async (base: string) => {
  const res = await fetch(`${base}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { ready: boolean; platforms: Record<string, { state: string; lastError: string | null; since: string }> },
  };
};

const isRetryWarning = (l: LogLine) => l.platform === 'discord' && typeof l.attempt === 'number' && String(l.msg).includes('cannot connect');

describe.each([
  ['does not resolve', async () => 'ws://gateway.invalid:8443'],
  ['refuses connections', async () => `ws://127.0.0.1:${await refusingPort()}`],
])('the Discord gateway host %s', (_label, gatewayUrl) => {
  let rest: FakeDiscordRest;

  it('keeps serving, posts the due reminder through REST, retries with backoff, and turns ready when the gateway is back', async () => {
    rest = await startFakeDiscordRest({ gatewayUrl: await gatewayUrl(), botToken: TOKEN });
    const slack = await startFakeSlackApi();
    fakes.push(rest, slack);
    const service = startService({
      ...RETRY,
      SG17_DB: await subscribedDb(`${_label.replace(/\W/g, '-')}.db`),
      SG17_NOW: NOW,
      SG17_TICK: '* * * * * *',
      DISCORD_BOT_TOKEN: TOKEN,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: FAKE_APP_ID,
      DISCORD_GATEWAY: 'on',
      DISCORD_API_URL: rest.url,
      SLACK_SIGNING_SECRET: SLACK_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-9-9-outage',
      SLACK_API_URL: slack.url,
    });
    const base = await service.url;

    // HTTP answers: liveness, the interactions endpoint; readiness says the gateway is not there.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const body = JSON.stringify(ping());
    const pong = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(keys, body) },
      body,
    });
    expect(pong.status).toBe(200);
    expect(await pong.json()).toEqual({ type: 1 });
    // Slack, the other platform, is connected and answers its slash commands.
    const down = await until(
      () => readyz(base),
      (r) => r.body.platforms.slack?.state === 'ready',
    );
    expect(down.status).toBe(503);
    expect(down.body.ready).toBe(false);
    expect(down.body.platforms.discord!.state).toBe('connecting');
    const command = slashCommandBody('rec X.1716');
    const slackReply = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignature(SLACK_SECRET, command, Math.floor(Date.now() / 1000)) },
      body: command,
    });
    expect(slackReply.status).toBe(200);
    expect(await slackReply.text()).toContain('X.1716');

    // The reminder due at 08:00:00 goes out through REST while the gateway is down.
    const post = await rest.waitFor(new RegExp(`^POST /channels/${FAKE_CHANNEL_ID}/messages$`));
    expect(JSON.stringify(post.body)).toContain('Q3/17');

    // One warning per attempt, numbered, each naming a next try within the capped, jittered backoff.
    await service.waitForLog((l) => isRetryWarning(l) && Number(l.attempt) >= 3);
    const warnings = service.lines.filter(isRetryWarning);
    expect(warnings.map((w) => w.attempt)).toEqual(warnings.map((_, i) => i + 1));
    for (const w of warnings) {
      const cap = Math.min(400, 100 * 2 ** (Number(w.attempt) - 1));
      expect(Number(w.nextTryInMs)).toBeGreaterThanOrEqual(cap / 2);
      expect(Number(w.nextTryInMs)).toBeLessThanOrEqual(cap);
      expect(String(w.msg)).toMatch(/^discord: cannot connect \(attempt \d+: .+\); next try in \d+\.\d s$/);
    }
    expect((await readyz(base)).body.platforms.discord!.lastError).toBeTruthy();
    expect(service.child.exitCode).toBeNull();

    // The gateway comes back: the next attempt connects and /readyz turns 200.
    const gateway: FakeDiscordGateway = await startFakeDiscordGateway();
    fakes.push(gateway);
    rest.gatewayUrl = gateway.url;
    const up = await until(
      () => readyz(base),
      (r) => r.status === 200,
    );
    expect(up.body.platforms.discord).toMatchObject({ state: 'ready', lastError: null });
    expect(up.body.platforms.slack).toMatchObject({ state: 'ready' });
    await gateway.identified;

    service.child.kill('SIGTERM');
    expect((await service.exited(12_000)).code).toBe(0);
    expect(service.stderr()).not.toContain('still open'); // closed by itself, not by the last-resort exit
    // No duplicate: each post (the reminder, and the Monday digest due at the same instant) went out once.
    const posts = rest.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${FAKE_CHANNEL_ID}/messages`);
    const nonces = posts.map((p) => (p.body as { nonce: string }).nonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(posts.filter((p) => JSON.stringify(p.body).includes('Reminder'))).toHaveLength(1);
  }, 60_000);
});

describe('the Discord gateway drops after it was connected', () => {
  it('turns /readyz 503, reconnects with backoff once the gateway is back, and turns ready again', async () => {
    const first = await startFakeDiscordGateway();
    const rest = await startFakeDiscordRest({ gatewayUrl: first.url, botToken: TOKEN });
    fakes.push(rest);
    const service = startService({ ...RETRY, SG17_DB: join(dir, 'drop.db'), DISCORD_BOT_TOKEN: TOKEN, DISCORD_API_URL: rest.url });
    const base = await service.url;
    await until(
      () => readyz(base),
      (r) => r.status === 200,
    );

    // The gateway goes away (its connections cut, its port closed): no resume is possible.
    await first.close();
    const down = await until(
      () => readyz(base),
      (r) => r.status === 503,
    );
    expect(down.body.platforms.discord!.state).toBe('connecting');
    // After the connect timeout the supervisor tears the client down and retries with backoff.
    await service.waitForLog((l) => isRetryWarning(l) && Number(l.attempt) >= 2);

    const second: FakeDiscordGateway = await startFakeDiscordGateway();
    fakes.push(second);
    rest.gatewayUrl = second.url;
    const up = await until(
      () => readyz(base),
      (r) => r.status === 200,
    );
    expect(up.body.platforms.discord).toMatchObject({ state: 'ready', lastError: null });
    expect(service.child.exitCode).toBeNull();
    service.child.kill('SIGTERM');
    expect((await service.exited(12_000)).code).toBe(0);
    expect(service.stderr()).not.toContain('still open');
  }, 60_000);
});
