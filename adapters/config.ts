/**
 * Service configuration as a function of an environment record (t3-env style): nothing is read
 * at import time, so tests build configs from literal objects. A missing or malformed value
 * stops start-up with one line naming the variable; secrets are never echoed.
 */
import { z } from 'zod';
import { dataDir } from './cli/paths.js';
import { optionalText, url } from './config-fields.js';
import { PLATFORMS, PLATFORM_CONFIG_SHAPE } from './platforms.js';

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Folder of data/*.json meeting files: relative to the working directory; default the package's own data/. */
    SG17_DATA_DIR: optionalText.transform((dir) => dataDir({ SG17_DATA_DIR: dir })),
    /**
     * Subscriptions, the reminder ledger and calendar sequences: a SQLite file path (one host; the
     * default), or `postgres://user:pass@host:5432/db` for PostgreSQL shared by several hosts.
     */
    SG17_DB: z
      .string()
      .default('var/sg17.db')
      .refine((db) => !/^postgres(ql)?:/i.test(db) || URL.canParse(db), 'expected postgres://user:pass@host:5432/db'),
    /** PostgreSQL only: connections per instance, and the bounds on connecting and on every statement. */
    SG17_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
    SG17_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    SG17_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    /** How long a claimed reminder stays ours without a renewal; a host that dies loses its claims after this (then another posts them). */
    SG17_CLAIM_LEASE_MS: z.coerce.number().int().min(1_000).default(600_000),
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
    // Each platform's own variables (adapters/<platform>/config.ts), from the platform registry.
    ...PLATFORM_CONFIG_SHAPE,
  })
  .superRefine((c, ctx) => {
    for (const platform of PLATFORMS) platform.config.check?.(c as never, ctx);
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
