/**
 * The platform registry: every chat platform the service can join, in one list. A platform
 * declares its name (the prefix of its channel addresses, "slack:C123"), its own variables (merged
 * into the service config), when they enable it, the ones that must never reach a log line, and
 * how its adapter is built (imported lazily, so an unused SDK never loads). Adding a platform =
 * its folder (adapter, config.ts, platform.ts) plus one line here; src/ names no platform. The
 * console channel is not in the list: it is what the service offers when no platform here is enabled.
 */
import type { PlatformDefinition } from './platform.js';
import { slackPlatform } from './slack/platform.js';
import { discordPlatform } from './discord/platform.js';

export const PLATFORMS = [slackPlatform, discordPlatform] as const;

type Shapes = (typeof PLATFORMS)[number]['config']['shape'];
type Merged<U> = (U extends unknown ? (u: U) => void : never) extends (m: infer M) => void ? M : never;

/** Every platform's variables, for the config schema. */
export const PLATFORM_CONFIG_SHAPE = Object.assign({}, ...PLATFORMS.map((p) => p.config.shape)) as Merged<Shapes>;

/** Every secret variable of every platform, for log redaction. */
export const SECRET_KEYS = PLATFORMS.flatMap((p) => p.secrets as readonly string[]) as readonly SecretKey[];
export type SecretKey = (typeof PLATFORMS)[number]['secrets'][number];

/** A registry entry seen without its own variable types (the app only asks it these questions). */
type AnyPlatform = Omit<PlatformDefinition, 'enabled'> & { readonly enabled: (values: Record<string, unknown>) => boolean };

export const enabledPlatforms = (config: Record<string, unknown>): AnyPlatform[] => (PLATFORMS as readonly AnyPlatform[]).filter((p) => p.enabled(config));
