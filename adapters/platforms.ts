/**
 * The platform registry: every chat platform the service can join, in one list. A platform
 * declares its name (the prefix of its channel addresses, "slack:C123"), when the config enables
 * it, the variables that must never reach a log line, and how its adapter is built (imported
 * lazily, so an unused SDK never loads). Adding a platform = its folder (adapter, platform.ts)
 * plus one line here; src/ names no platform. The console channel is not in the list: it is
 * what the service offers when no platform here is enabled.
 */
import type { Config } from './config.js';
import type { AppDeps, PlatformAdapter } from './platform.js';
import type { ConnectionEvents } from './connection.js';
import { slackPlatform } from './slack/platform.js';
import { discordPlatform } from './discord/platform.js';

/** Config keys holding secrets. */
export type SecretKey = 'SLACK_SIGNING_SECRET' | 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'DISCORD_BOT_TOKEN' | 'DISCORD_PUBLIC_KEY';

export interface PlatformCreateOptions {
  /** Where the adapter reports connection losses and permanent failures. */
  readonly events: ConnectionEvents;
  /** Per-platform tuning from AppOptions (tests), keyed by platform name. */
  readonly tuning?: unknown;
}

export interface PlatformDefinition {
  readonly name: string;
  readonly enabled: (config: Config) => boolean;
  readonly secrets: readonly SecretKey[];
  readonly create: (deps: AppDeps, options: PlatformCreateOptions) => Promise<PlatformAdapter>;
}

export const PLATFORMS: readonly PlatformDefinition[] = [slackPlatform, discordPlatform];

export const enabledPlatforms = (config: Config): PlatformDefinition[] => PLATFORMS.filter((p) => p.enabled(config));

/** Every secret variable of every platform, for log redaction. */
export const SECRET_KEYS: readonly SecretKey[] = PLATFORMS.flatMap((p) => p.secrets);
