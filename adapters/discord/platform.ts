/** Discord's entry in the platform registry (adapters/platforms.ts). */
import { definePlatform } from '../platform.js';
import { discordConfig, discordEnabled } from './config.js';
import type { DiscordAdapterHooks } from './adapter.js';

export const discordPlatform = definePlatform({
  name: 'discord',
  config: discordConfig,
  enabled: discordEnabled,
  secrets: ['DISCORD_BOT_TOKEN', 'DISCORD_PUBLIC_KEY'],
  create: async (deps, { events, tuning }) => (await import('./adapter.js')).createDiscordAdapter(deps, { ...(tuning as DiscordAdapterHooks), events }),
});
