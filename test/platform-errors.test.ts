/**
 * Transient or permanent, judged on the errors the real libraries throw: the Slack WebClient and
 * discord.js REST against the loopback fakes answering 5xx, 429, a refused token, or a closed port.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { REST, Routes } from 'discord.js';
import { classifySlackError } from '../adapters/slack/adapter.js';
import { classifyDiscordError } from '../adapters/discord/adapter.js';
import { startFakeSlackApi, type FakeSlackApi } from './fakes/slack-api.js';
import { discordError, rateLimited, startFakeDiscordRest, type FakeDiscordRest } from './fakes/discord-rest.js';
import { refusingPort } from './service-process.js';

let slack: FakeSlackApi;
let discord: FakeDiscordRest;
beforeAll(async () => {
  slack = await startFakeSlackApi();
  discord = await startFakeDiscordRest({ botToken: 'good' });
});
afterAll(async () => {
  await slack.close();
  await discord.close();
});

async function slackError(url = slack.url): Promise<unknown> {
  const client = new webApi.WebClient('xoxb-1-2-x', { slackApiUrl: url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, timeout: 2_000 });
  return client.auth.test().then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
}

async function discordFailure(token: string, apiUrl = discord.url): Promise<unknown> {
  const rest = new REST({ api: apiUrl, retries: 0, rejectOnRateLimit: () => true, timeout: 2_000 }).setToken(token);
  try {
    await rest.get(Routes.user('@me'));
    return new Error('expected a failure');
  } catch (e) {
    return e;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

describe('Slack errors', () => {
  it.each([
    ['invalid_auth', true],
    ['not_authed', true],
    ['account_inactive', true],
    ['token_revoked', true],
    ['ratelimited', false],
    ['fatal_error', false],
  ])('platform error %s → permanent: %s', async (error, permanent) => {
    slack.script('auth.test', { body: { ok: false, error } });
    const failure = classifySlackError(await slackError());
    expect(failure.permanent).toBe(permanent);
    if (failure.permanent) expect(failure.variable).toBe('SLACK_BOT_TOKEN');
  });

  it('5xx, 429 and a closed port are transient', async () => {
    slack.script('auth.test', { status: 503, body: { ok: false } });
    expect(classifySlackError(await slackError())).toMatchObject({ permanent: false, reason: 'HTTP 503' });
    slack.script('auth.test', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    expect(classifySlackError(await slackError())).toMatchObject({ permanent: false, reason: 'rate limited' });
    const port = await refusingPort();
    expect(classifySlackError(await slackError(`http://127.0.0.1:${port}/api/`))).toMatchObject({ permanent: false, reason: 'network: ECONNREFUSED' });
  });
});

describe('Discord errors', () => {
  it('401 is permanent, naming DISCORD_BOT_TOKEN', async () => {
    expect(classifyDiscordError(await discordFailure('wrong'))).toMatchObject({ permanent: true, variable: 'DISCORD_BOT_TOKEN' });
  });

  it('5xx, 429 and a closed port are transient', async () => {
    discord.script(/^GET \/users\//, discordError(502, 0, 'Bad Gateway'));
    expect(classifyDiscordError(await discordFailure('good')).permanent).toBe(false);
    discord.script(/^GET \/users\//, rateLimited(1));
    expect(classifyDiscordError(await discordFailure('good')).permanent).toBe(false);
    const refused = classifyDiscordError(await discordFailure('good', `http://127.0.0.1:${await refusingPort()}/api`));
    expect(refused).toMatchObject({ permanent: false, reason: expect.stringContaining('ECONNREFUSED') });
  });
});
