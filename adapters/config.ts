/**
 * Service configuration as a function of an environment record (t3-env style): nothing is read
 * at import time, so tests build configs from literal objects. A missing or malformed value
 * stops start-up with one line naming the variable; secrets are never echoed.
 */
import { z } from 'zod';
import { dataDir } from './cli/paths.js';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const url = z.string().trim().url();

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Folder of data/*.json meeting files: relative to the working directory; default the package's own data/. */
    SG17_DATA_DIR: optionalText.transform((dir) => dataDir({ SG17_DATA_DIR: dir })),
    /** SQLite database for subscriptions and the reminder ledger. */
    SG17_DB: z.string().default('var/sg17.db'),
    /** Start the clock at this instant and let it run (demos). */
    SG17_NOW: z.iso.datetime({ offset: true }).optional(),
    /** Cron expression of the reminder tick: every minute. (Tests use "* * * * * *", every second.) */
    SG17_TICK: z.string().trim().default('* * * * *'),
    /** Public base URL of this service, for calendar links. */
    SG17_PUBLIC_URL: url.optional(),
    /** Slack user ids allowed to manage subscriptions besides workspace admins/owners. */
    SG17_ADMINS: z
      .string()
      .default('')
      .transform((s) => s.split(/[\s,]+/).filter(Boolean)),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_BOT_TOKEN: optionalText.pipe(z.string().startsWith('xoxb-', 'must start with xoxb-').optional()),
    SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must start with xapp-').optional()),
    /** Web API base, e.g. http://127.0.0.1:4000/api/ (tests). */
    SLACK_API_URL: url.optional(),
    DISCORD_BOT_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(z.string().regex(/^\d+$/, 'must be a numeric id').optional()),
    DISCORD_PUBLIC_KEY: optionalText.pipe(
      z
        .string()
        .regex(/^[0-9a-f]{64}$/i, 'must be 64 hex characters')
        .optional(),
    ),
    /** REST base, e.g. http://127.0.0.1:4001/api (tests). */
    DISCORD_API_URL: url.optional(),
    /**
     * The Discord gateway (a WebSocket) is one way in; the HTTP interactions endpoint is the other.
     * auto: connect it when DISCORD_BOT_TOKEN is set and DISCORD_PUBLIC_KEY is not. Reminders need REST only.
     */
    DISCORD_GATEWAY: z.enum(['auto', 'on', 'off']).default('auto'),
    /** Reconnect backoff after a failed platform connection: first wait, doubled per attempt up to the max (jittered). */
    SG17_RETRY_MIN_MS: z.coerce.number().int().min(1).default(1_000),
    SG17_RETRY_MAX_MS: z.coerce.number().int().min(1).default(300_000),
    /** One connection attempt (Slack auth.test / Socket Mode, Discord gateway login) is abandoned after this long. */
    SG17_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** Reload the dataset when a *.json file in SG17_DATA_DIR changes ("false" or "0": only on SIGHUP). */
    SG17_DATA_WATCH: z
      .enum(['true', 'false', '1', '0', 'on', 'off'])
      .default('true')
      .transform((v) => v === 'true' || v === '1' || v === 'on'),
    /** Quiet time after the last change in SG17_DATA_DIR before the reload (an ingest writes then renames). */
    SG17_DATA_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(500),
  })
  .superRefine((c, ctx) => {
    if (Boolean(c.SLACK_SIGNING_SECRET) !== Boolean(c.SLACK_BOT_TOKEN) && !c.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: [c.SLACK_SIGNING_SECRET ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET'],
        message: 'Slack needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN',
      });
    }
    if (c.DISCORD_GATEWAY === 'on' && !c.DISCORD_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_GATEWAY'], message: 'DISCORD_GATEWAY=on needs DISCORD_BOT_TOKEN' });
    }
    if (c.SG17_RETRY_MAX_MS < c.SG17_RETRY_MIN_MS) {
      ctx.addIssue({ code: 'custom', path: ['SG17_RETRY_MAX_MS'], message: 'must be at least SG17_RETRY_MIN_MS' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Validate an environment record; throws ConfigError with one line per bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty value (`KEY=` in a copied .env) is unset: it takes the default, never "" (PORT= would be port 0).
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = ConfigSchema.safeParse(set);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'config'}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
}

export const slackEnabled = (c: Config): boolean => Boolean(c.SLACK_BOT_TOKEN && (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN));
export const discordEnabled = (c: Config): boolean => Boolean(c.DISCORD_BOT_TOKEN || c.DISCORD_PUBLIC_KEY);

/** Whether the Discord gateway connects (DISCORD_GATEWAY; it always needs the bot token). */
export function discordGatewayEnabled(c: Config): boolean {
  if (!c.DISCORD_BOT_TOKEN || c.DISCORD_GATEWAY === 'off') return false;
  return c.DISCORD_GATEWAY === 'on' || !c.DISCORD_PUBLIC_KEY;
}
