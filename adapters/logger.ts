/**
 * Structured logs (pino) that never carry a secret: known secret fields are redacted by path, and
 * any string that still contains a configured secret or a Slack token shape is scrubbed before it
 * is written (SDK loggers hand us free-form strings).
 */
import { pino, type DestinationStream } from 'pino';
import type { Config } from './config.js';
import type { Logger } from '../src/ports.js';

import { SECRET_KEYS, type SecretKey } from './platforms.js';

/** Config keys whose values must never reach a log line: every platform's secrets (adapters/platforms.ts). */
export { SECRET_KEYS };

const REDACT_PATHS = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `config.${k}`]),
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'headers.authorization',
  'headers["x-slack-signature"]',
];

/** Slack token shapes (xoxb-, xoxp-, xapp-, …) wherever they appear in free text. */
const TOKEN_SHAPE = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;

/** Replaces every configured secret value and every Slack-token-shaped word in `text`. */
export function makeScrubber(config: Pick<Config, SecretKey> | undefined): (text: string) => string {
  const secrets = SECRET_KEYS.map((k) => config?.[k]).filter((v): v is string => typeof v === 'string' && v.length >= 6);
  return (text) => {
    let out = text.replace(TOKEN_SHAPE, '[redacted]');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
}

export interface LoggerOptions {
  readonly level: Config['LOG_LEVEL'];
  /** Where lines go (default stdout); tests pass a stream to read them back. */
  readonly destination?: DestinationStream;
  /** The config, so its secret values can be scrubbed from free text. */
  readonly config?: Pick<Config, SecretKey>;
}

export function createLogger(options: LoggerOptions): Logger {
  const scrub = makeScrubber(options.config);
  return pino(
    {
      level: options.level,
      base: { service: 'sg17-bot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
          return method.apply(this, cleaned);
        },
      },
      serializers: {
        err: (err: unknown) => {
          const s = pino.stdSerializers.err(err as Error);
          return { ...s, message: scrub(s.message ?? ''), stack: s.stack ? scrub(s.stack) : s.stack };
        },
      },
    },
    options.destination ?? pino.destination(1),
  );
}

/** A logger that drops everything (tests, benchmarks). */
export const silentLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
  isLevelEnabled: () => false,
};
