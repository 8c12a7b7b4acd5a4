/** Config from literal environment records, and logs that never carry a secret. */
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { ConfigError, ConfigSchema, loadConfig } from '../adapters/config.js';
import { slackEnabled } from '../adapters/slack/config.js';
import { discordEnabled, discordGatewayEnabled } from '../adapters/discord/config.js';
import { createLogger, makeScrubber } from '../adapters/logger.js';
import { boltLogger } from '../adapters/slack/bolt-logger.js';

const SECRET = 'f00dfeedcafe0123456789abcdef0123';
const BOT = 'xoxb-123456-7890-abcdefABCDEF';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the console channel on 127.0.0.1:3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', LOG_LEVEL: 'info', SG17_ADMINS: [] });
    expect(slackEnabled(c)).toBe(false);
    expect(discordEnabled(c)).toBe(false);
  });

  it('enables Slack over HTTP with the signing secret and bot token, or Socket Mode with the app token', () => {
    const http = loadConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT, SG17_ADMINS: 'U1, U2 U3' });
    expect(slackEnabled(http)).toBe(true);
    expect(http.SG17_ADMINS).toEqual(['U1', 'U2', 'U3']);
    const socket = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' });
    expect(slackEnabled(socket)).toBe(true);
    expect(socket.SLACK_SIGNING_SECRET).toBeUndefined();
  });

  it('treats empty values (as in a copied .env) as unset', () => {
    expect(slackEnabled(loadConfig({ SLACK_SIGNING_SECRET: '', SLACK_BOT_TOKEN: '  ' }))).toBe(false);
    // Every variable, not only the secrets: each takes its default, none is refused.
    const keys = Object.keys(ConfigSchema.shape);
    expect(loadConfig(Object.fromEntries(keys.map((k) => [k, ''])))).toEqual(loadConfig({}));
    expect(loadConfig({ PORT: ' ', SG17_DB: '', LOG_LEVEL: '' })).toMatchObject({ PORT: 3000, SG17_DB: 'var/sg17.db', LOG_LEVEL: 'info' });
  });

  it('names the one bad variable on one line', () => {
    for (const [env, name] of [
      [{ PORT: 'http' }, 'PORT'],
      [{ PORT: '70000' }, 'PORT'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
      [{ SLACK_API_URL: 'not a url' }, 'SLACK_API_URL'],
      [{ SG17_NOW: 'tomorrow' }, 'SG17_NOW'],
      [{ SLACK_SIGNING_SECRET: SECRET }, 'SLACK_BOT_TOKEN'],
      [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_SIGNING_SECRET'],
    ] as const) {
      const message = configError(env);
      expect(message).toContain(name);
      expect(message).not.toContain('\n');
    }
  });

  it('never echoes a secret in the error', () => {
    const wrongKind = 'xoxp-user-token-0000-secretpart';
    const message = configError({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: wrongKind });
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).not.toContain('secretpart');
    expect(message).not.toContain(SECRET);
  });
});

describe('logs', () => {
  function capture(): { stream: Writable; lines: () => string } {
    let out = '';
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        out += chunk.toString();
        done();
      },
    });
    return { stream, lines: () => out };
  }

  it('are structured JSON and redact secrets by field and in free text', () => {
    const config = loadConfig({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT });
    const { stream, lines } = capture();
    const logger = createLogger({ level: 'debug', config, destination: stream });
    logger.info({ config }, 'starting');
    logger.info({ token: BOT, nested: { botToken: BOT, signingSecret: SECRET } }, 'fields');
    logger.warn(`auth.test failed for ${BOT} with secret ${SECRET}`);
    logger.error({ err: new Error(`bad token ${BOT}`) }, 'boom');
    boltLogger(logger).debug('http request body:', { token: BOT }, `Bearer ${BOT}`);
    const out = lines();
    expect(out).not.toContain(BOT);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain('xoxb-');
    expect(out).toContain('[redacted]');
    const first = JSON.parse(out.split('\n')[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ msg: 'starting', level: 30, service: 'sg17-bot' });
  });

  it('scrub any Slack token shape even when not configured', () => {
    const scrub = makeScrubber(undefined);
    expect(scrub('t=xoxb-1-2-abc and xapp-1-A-2-z and xoxp-9')).toBe('t=[redacted] and [redacted] and [redacted]');
  });
});

describe('DISCORD_GATEWAY', () => {
  const KEY = 'a'.repeat(64);
  it('auto: the gateway connects with a bot token and no interactions endpoint; on/off force it', () => {
    expect(discordGatewayEnabled(loadConfig({ DISCORD_BOT_TOKEN: 't' }))).toBe(true);
    expect(discordGatewayEnabled(loadConfig({ DISCORD_BOT_TOKEN: 't', DISCORD_PUBLIC_KEY: KEY }))).toBe(false);
    expect(discordGatewayEnabled(loadConfig({ DISCORD_BOT_TOKEN: 't', DISCORD_PUBLIC_KEY: KEY, DISCORD_GATEWAY: 'on' }))).toBe(true);
    expect(discordGatewayEnabled(loadConfig({ DISCORD_BOT_TOKEN: 't', DISCORD_GATEWAY: 'off' }))).toBe(false);
    expect(discordGatewayEnabled(loadConfig({ DISCORD_PUBLIC_KEY: KEY }))).toBe(false);
  });

  it('names the variable when the gateway is forced on without a token, or the backoff is upside down', () => {
    expect(configError({ DISCORD_GATEWAY: 'on', DISCORD_PUBLIC_KEY: KEY })).toContain('DISCORD_GATEWAY');
    expect(configError({ DISCORD_GATEWAY: 'sometimes' })).toContain('DISCORD_GATEWAY');
    expect(configError({ SG17_RETRY_MIN_MS: '5000', SG17_RETRY_MAX_MS: '100' })).toContain('SG17_RETRY_MAX_MS');
  });
});

describe('the platform registry', () => {
  it('supplies every secret variable to log redaction', async () => {
    const { PLATFORMS, SECRET_KEYS } = await import('../adapters/platforms.js');
    expect(PLATFORMS.map((p) => p.name)).toEqual(['slack', 'discord']);
    expect([...SECRET_KEYS].sort()).toEqual(['DISCORD_BOT_TOKEN', 'DISCORD_PUBLIC_KEY', 'SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    const scrub = makeScrubber(loadConfig({ DISCORD_BOT_TOKEN: 'discord-secret-value', DISCORD_PUBLIC_KEY: 'b'.repeat(64) }));
    expect(scrub(`token discord-secret-value key ${'b'.repeat(64)}`)).toBe('token [redacted] key [redacted]');
  });
});
