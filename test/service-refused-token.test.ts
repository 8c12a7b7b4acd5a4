/**
 * The real service as a child process against loopback fakes that refuse its credentials: one
 * line naming the variable on stderr, then exit 1 within 5 seconds. And the opposite case: a
 * Slack that cannot be reached is not a refused token — the service keeps serving and retries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slackSignature, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { startFakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway } from './fakes/discord-gateway.js';
import { makeSigningKeys } from './fakes/discord-payloads.js';
import { killAll, refusingPort, startService, until, type ServiceProcess } from './service-process.js';

const RETRY = { SG17_RETRY_MIN_MS: '100', SG17_RETRY_MAX_MS: '400', SG17_CONNECT_TIMEOUT_MS: '800' };
const keys = makeSigningKeys();
let dir: string;
let n = 0;
const db = () => join(dir, `sg17-${++n}.db`);
const fakes: { close(): Promise<void> }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sg17-refused-'));
});
afterAll(async () => {
  killAll();
  for (const f of fakes) await f.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Exit 1, within 5 s of `refusedAt`, with one stderr line naming `variable`. */
async function expectFatalExit(service: ServiceProcess, refusedAt: Promise<number>, variable: string, cause: RegExp): Promise<void> {
  const exit = await service.exited(10_000);
  expect(exit.code).toBe(1);
  expect(exit.at - (await refusedAt)).toBeLessThan(5_000);
  const lines = service.stderr().trim().split('\n');
  const line = lines.find((l) => l.includes(variable));
  expect(line, service.stderr()).toBeDefined();
  expect(line).toMatch(cause);
  // Closed by itself, not by the last-resort exit.
  expect(service.stderr()).not.toContain('still open');
}

describe('a refused token', () => {
  it('Slack invalid_auth on auth.test: exit 1 naming SLACK_BOT_TOKEN', async () => {
    const api: FakeSlackApi = await startFakeSlackApi();
    fakes.push(api);
    api.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    const service = startService({
      ...RETRY,
      SG17_DB: db(),
      SLACK_SIGNING_SECRET: 'refused-token-test-secret',
      SLACK_BOT_TOKEN: 'xoxb-1-2-refused',
      SLACK_API_URL: api.url,
    });
    await expectFatalExit(
      service,
      api.waitFor('auth.test').then(() => Date.now()),
      'SLACK_BOT_TOKEN',
      /invalid_auth/,
    );
  }, 20_000);

  it('Discord 401 on the REST token check (HTTP interactions, no gateway): exit 1 naming DISCORD_BOT_TOKEN', async () => {
    const rest = await startFakeDiscordRest({ botToken: 'the-right-token' });
    fakes.push(rest);
    const service = startService({
      ...RETRY,
      SG17_DB: db(),
      DISCORD_BOT_TOKEN: 'a-wrong-token',
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_API_URL: rest.url,
    });
    await expectFatalExit(
      service,
      rest.waitFor(/^GET \/users\/(@|%40)me$/).then(() => Date.now()),
      'DISCORD_BOT_TOKEN',
      /401/,
    );
  }, 20_000);

  it('Discord 401 on GET /gateway/bot (gateway login): exit 1 naming DISCORD_BOT_TOKEN', async () => {
    const rest = await startFakeDiscordRest({ botToken: 'the-right-token' });
    fakes.push(rest);
    const service = startService({ ...RETRY, SG17_DB: db(), DISCORD_BOT_TOKEN: 'a-wrong-token', DISCORD_API_URL: rest.url });
    await expectFatalExit(
      service,
      rest.waitFor(/^GET \/gateway\/bot$/).then(() => Date.now()),
      'DISCORD_BOT_TOKEN',
      /401/,
    );
  }, 20_000);

  it('Discord gateway close 4004 (authentication failed): exit 1 naming DISCORD_BOT_TOKEN', async () => {
    const gateway = await startFakeDiscordGateway({ closeOnIdentify: 4004 });
    const rest = await startFakeDiscordRest({ gatewayUrl: gateway.url, botToken: 'tok-4004' });
    fakes.push(rest, gateway);
    const service = startService({ ...RETRY, SG17_DB: db(), DISCORD_BOT_TOKEN: 'tok-4004', DISCORD_API_URL: rest.url });
    await expectFatalExit(
      service,
      gateway.identified.then(() => Date.now()),
      'DISCORD_BOT_TOKEN',
      /4004/,
    );
  }, 20_000);
});

describe('an unreachable platform is not a refused token', () => {
  it('Slack auth.test cannot connect: the service serves, /readyz 503 with the cause, SIGTERM exits 0', async () => {
    const service = startService({
      ...RETRY,
      SG17_DB: db(),
      SLACK_SIGNING_SECRET: 'unreachable-test-secret',
      SLACK_BOT_TOKEN: 'xoxb-1-2-unreachable',
      SLACK_API_URL: `http://127.0.0.1:${await refusingPort()}/api/`,
    });
    const base = await service.url;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const down = await until(
      async () => {
        const res = await fetch(`${base}/readyz`);
        return { status: res.status, body: (await res.json()) as { platforms: Record<string, { state: string; lastError: string | null }> } };
      },
      (r) => r.body.platforms.slack?.lastError !== null,
    );
    expect(down.status).toBe(503);
    expect(down.body.platforms.slack!.state).toBe('connecting');
    expect(down.body.platforms.slack!.lastError).toContain('ECONNREFUSED');
    // Slack's own endpoint answers a signed request (after a bounded wait for auth.test: 503 + Retry-After), it does not hang;
    // an unsigned one is 401 at once (authenticity before readiness).
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(401);
    const waited = Date.now();
    const early = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...slackSignature('unreachable-test-secret', '{}', Math.floor(Date.now() / 1000)) },
      body: '{}',
    });
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('1');
    expect(Date.now() - waited).toBeLessThan(3_000);
    await service.waitForLog((l) => l.platform === 'slack' && l.attempt === 1);
    expect(service.stderr()).not.toMatch(/SLACK_BOT_TOKEN/);
    service.child.kill('SIGTERM');
    expect((await service.exited(12_000)).code).toBe(0);
    expect(service.stderr()).not.toContain('still open');
  }, 20_000);
});
