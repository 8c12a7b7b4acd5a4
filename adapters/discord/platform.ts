/** Discord's entry in the platform registry (adapters/platforms.ts). */
import type { PlatformDefinition } from '../platforms.js';
import { discordEnabled } from '../config.js';
import type { DiscordAdapterHooks } from './adapter.js';

export const discordPlatform: PlatformDefinition = {
  name: 'discord',
  enabled: discordEnabled,
  secrets: ['DISCORD_BOT_TOKEN', 'DISCORD_PUBLIC_KEY'],
  create: async (deps, { events, tuning }) => (await import('./adapter.js')).createDiscordAdapter(deps, { ...(tuning as DiscordAdapterHooks), events }),
};
