/**
 * Authenticity first: the Slack signature (through the real Bolt receiver) and the Discord Ed25519
 * signature are checked before anything looks at the service's state or at the body, so a bad or
 * stale signature is 401 while the platforms are not connected yet, once they are, and while a new
 * dataset is being loaded — and a good one is served in each state it can be.
 * The real service (createApp) against the loopback fakes of test/fakes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../adapters/app.js';
import { loadConfig } from '../adapters/config.js';
import { FakeClock, systemClock } from '../src/clock.js';
import { slackSignature, slashCommandBody, startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { startFakeDiscordGateway, type FakeDiscordGateway } from './fakes/discord-gateway.js';
import { FAKE_APP_ID, discordTimestamp, makeSigningKeys, ping, signedHeaders } from './fakes/discord-payloads.js';
import { changedMeeting, committedMeeting, dataFolder, writeMeeting } from './data-versions.js';
import { serviceApps, type LogLine } from './recording-logger.js';
import { refusingPort, until } from './service-process.js';

const SECRET = 'authenticity-test-signing-secret-0';
const DISCORD_TOKEN = 'discord-authenticity-test-token';
const FORM = 'application/x-www-form-urlencoded';
const keys = makeSigningKeys();
const dirs: string[] = [];
const apps = serviceApps();
const logs: LogLine[] = [];
/** Six minutes ago: past the five minutes either platform's signature may age. */
const staleSec = (): number => Math.floor(systemClock.now().getTime() / 1000) - 6 * 60;
const nowSec = (): number => Math.floor(systemClock.now().getTime() / 1000);

let slack: FakeSlackApi;
let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let app: App;
let base: string;
let dataDir: string;

beforeAll(async () => {
  slack = await startFakeSlackApi();
  slack.delay('auth.test', 60_000); // Slack does not answer: not connected
  rest = await startFakeDiscordRest({ gatewayUrl: `ws://127.0.0.1:${await refusingPort()}`, botToken: DISCORD_TOKEN });
  gateway = await startFakeDiscordGateway();
  dataDir = dataFolder(committedMeeting(), dirs);
  const dbDir = mkdtempSync(join(tmpdir(), 'sg17-authenticity-'));
  dirs.push(dbDir);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SG17_DATA_DIR: dataDir,
    SG17_DB: join(dbDir, 'sg17.db'),
    SG17_RETRY_MIN_MS: '50',
    SG17_RETRY_MAX_MS: '100',
    SG17_CONNECT_TIMEOUT_MS: '300',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: 'xoxb-1-2-authenticity',
    SLACK_API_URL: slack.url,
    DISCORD_BOT_TOKEN: DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: FAKE_APP_ID,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_GATEWAY: 'on',
    DISCORD_API_URL: rest.url,
  });
  const started = await apps.start(config, new FakeClock('2024-11-20T09:00:00Z'), logs, { waitForPlatforms: false });
  app = started.app;
  base = started.base;
});

afterAll(async () => {
  await apps.stopAll();
  await slack.close();
  await rest.close();
  await gateway.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const postSlack = (body: string, headers: Record<string, string>) =>
  fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': FORM, ...headers }, body });
const postDiscord = (body: string, headers: Record<string, string>) => fetch(`${base}/discord/interactions`, { method: 'POST', headers, body });

/** Every way a request can fail to be authentic, each with the status it got. */
async function forgedStatuses(): Promise<Record<string, number>> {
  const slash = slashCommandBody('rec X.1716');
  const pong = JSON.stringify(ping());
  const tries: Record<string, Promise<Response>> = {
    'slack unsigned': postSlack(slash, {}),
    'slack other secret': postSlack(slash, slackSignature('not-the-signing-secret-at-all-000', slash, nowSec())),
    'slack stale': postSlack(slash, slackSignature(SECRET, slash, staleSec())),
    'slack from the future': postSlack(slash, slackSignature(SECRET, slash, nowSec() + 6 * 60)),
    'slack tampered': postSlack(slash.replace('X.1716', 'X.1717'), slackSignature(SECRET, slash, nowSec())),
    'slack null body': postSlack('payload=null', {}),
    'discord unsigned': postDiscord(pong, { 'content-type': 'application/json' }),
    'discord other key': postDiscord(pong, signedHeaders(makeSigningKeys(), pong)),
    'discord stale': postDiscord(pong, signedHeaders(keys, pong, String(staleSec()))),
    'discord from the future': postDiscord(pong, signedHeaders(keys, pong, String(nowSec() + 6 * 60))),
    'discord tampered': postDiscord(pong.replace('"type":1', '"type":2'), signedHeaders(keys, pong)),
  };
  const out: Record<string, number> = {};
  for (const [name, res] of Object.entries(tries)) out[name] = (await res).status;
  return out;
}

const allUnauthorized = (statuses: Record<string, number>) => Object.fromEntries(Object.keys(statuses).map((k) => [k, 401]));

describe('a bad or stale signature is 401 in every state of the service', () => {
  it('while neither platform is connected (and a good Discord signature is still served)', async () => {
    expect(app.readiness().platforms).toMatchObject({ slack: { state: 'connecting' }, discord: { state: 'connecting' } });
    const started = Date.now();
    const statuses = await forgedStatuses();
    expect(statuses).toEqual(allUnauthorized(statuses));
    // Decided at once, not after the bounded wait for Slack's connection (2 s, then 503).
    expect(Date.now() - started).toBeLessThan(1_500);
    // Each refusal says why, for the operator checking the secret or the clock (docs/slack.md).
    const refusals = logs.filter((l) => l.level === 'warn' && l.msg?.startsWith('Slack request refused (401)')).map((l) => l.msg);
    expect(refusals).toEqual(
      expect.arrayContaining([
        'Slack request refused (401): signature mismatch',
        'Slack request refused (401): timestamp more than 5 minutes from now (check the clock)',
        'Slack request refused (401): missing x-slack-signature or x-slack-request-timestamp',
      ]),
    );
    const pong = JSON.stringify(ping());
    expect(await (await postDiscord(pong, signedHeaders(keys, pong))).json()).toEqual({ type: 1 });
  });

  it('once both are connected (and good signatures are answered)', async () => {
    slack.delay('auth.test', 0);
    rest.gatewayUrl = gateway.url;
    await until(
      async () => app.readiness(),
      (r) => r.ready,
    );
    const statuses = await forgedStatuses();
    expect(statuses).toEqual(allUnauthorized(statuses));
    const slash = slashCommandBody('rec X.1716');
    const good = await postSlack(slash, slackSignature(SECRET, slash, nowSec()));
    expect(good.status).toBe(200);
    expect(await good.text()).toContain('X.1716');
    const pong = JSON.stringify(ping());
    const signed = await postDiscord(pong, signedHeaders(keys, pong, discordTimestamp()));
    expect(signed.status).toBe(200);
  });

  it('while a new dataset is loaded', async () => {
    writeMeeting(dataDir, changedMeeting());
    const reload = app.reload('test');
    const statuses = await forgedStatuses();
    expect(await reload).toMatchObject({ status: 'swapped' });
    expect(statuses).toEqual(allUnauthorized(statuses));
  });
});
