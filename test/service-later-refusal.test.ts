/**
 * A token refused after start-up (revoked while the service runs) is as fatal as one refused at
 * start: the reminder poster's refused call reaches the composition root's onFatal, naming the
 * variable. The real Bolt WebClient and discord.js REST against the loopback fakes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../adapters/config.js';
import { createApp } from '../adapters/app.js';
import { silentLogger } from '../adapters/logger.js';
import { FakeClock } from '../src/clock.js';
import type { Answer } from '../src/engine/answer.js';
import { startFakeSlackApi } from './fakes/slack-api.js';
import { discordError, startFakeDiscordRest } from './fakes/discord-rest.js';
import { FAKE_CHANNEL_ID, makeSigningKeys } from './fakes/discord-payloads.js';

const dir = mkdtempSync(join(tmpdir(), 'sg17-later-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answer: Answer = { kind: 'reminder', ok: true, title: 'Reminder', sections: [], source: 'test', data: { kind: 'reminder', items: [] } };

describe('a token refused while the service runs', () => {
  it('Slack token_revoked on chat.postMessage → onFatal naming SLACK_BOT_TOKEN; the post is not counted as sent', async () => {
    const api = await startFakeSlackApi();
    const fatal: string[] = [];
    const config = loadConfig({
      PORT: '0',
      SG17_DB: join(dir, 'slack.db'),
      SLACK_SIGNING_SECRET: 'later-secret-000',
      SLACK_BOT_TOKEN: 'xoxb-7-8-later',
      SLACK_API_URL: api.url,
    });
    const app = await createApp(config, {
      clock: new FakeClock('2024-11-25T08:00:00Z'),
      logger: silentLogger,
      onFatal: (m) => fatal.push(m),
      reminders: { cron: false },
    });
    try {
      await app.start();
      expect(app.readiness().ready).toBe(true);
      api.script('chat.postMessage', { body: { ok: false, error: 'token_revoked' } });
      const outcome = await app.adapters[0]!.poster.post('slack:C0LATER', answer, { idempotencyKey: 'k1' });
      expect(outcome.status).toBe('retry');
      expect(fatal).toEqual([expect.stringContaining('SLACK_BOT_TOKEN')]);
      expect(fatal[0]).toContain('token_revoked');
      expect(app.readiness()).toMatchObject({ ready: false, platforms: { slack: { state: 'failed' } } });
    } finally {
      await app.stop();
      await api.close();
    }
  });

  it('Discord 401 on a channel post → onFatal naming DISCORD_BOT_TOKEN', async () => {
    const rest = await startFakeDiscordRest({ botToken: 'later-token' });
    const fatal: string[] = [];
    const config = loadConfig({
      PORT: '0',
      SG17_DB: join(dir, 'discord.db'),
      DISCORD_BOT_TOKEN: 'later-token',
      DISCORD_PUBLIC_KEY: makeSigningKeys().publicKeyHex,
      DISCORD_API_URL: rest.url,
    });
    const app = await createApp(config, {
      clock: new FakeClock('2024-11-25T08:00:00Z'),
      logger: silentLogger,
      onFatal: (m) => fatal.push(m),
      reminders: { cron: false },
    });
    try {
      await app.start();
      expect(app.readiness().ready).toBe(true);
      rest.script(/^POST \/channels\//, discordError(401, 0, '401: Unauthorized'));
      const outcome = await app.adapters[0]!.poster.post(`discord:${FAKE_CHANNEL_ID}`, answer, { idempotencyKey: 'k2' });
      expect(outcome.status).toBe('retry');
      expect(fatal).toEqual([expect.stringContaining('DISCORD_BOT_TOKEN')]);
    } finally {
      await app.stop();
      await rest.close();
    }
  });
});
