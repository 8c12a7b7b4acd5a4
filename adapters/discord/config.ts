/** Discord's variables (merged into the service config through the platform registry). */
import { z } from 'zod';
import { optionalText, platformConfig, url } from '../config-fields.js';

export const discordConfig = platformConfig({
  shape: {
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
  },
  check: (c, ctx) => {
    if (c.DISCORD_GATEWAY === 'on' && !c.DISCORD_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_GATEWAY'], message: 'DISCORD_GATEWAY=on needs DISCORD_BOT_TOKEN' });
    }
  },
});

type DiscordValues = Pick<z.infer<z.ZodObject<typeof discordConfig.shape>>, 'DISCORD_BOT_TOKEN' | 'DISCORD_PUBLIC_KEY' | 'DISCORD_GATEWAY'>;

export const discordEnabled = (c: Omit<DiscordValues, 'DISCORD_GATEWAY'>): boolean => Boolean(c.DISCORD_BOT_TOKEN || c.DISCORD_PUBLIC_KEY);

/** Whether the Discord gateway connects (DISCORD_GATEWAY; it always needs the bot token). */
export function discordGatewayEnabled(c: DiscordValues): boolean {
  if (!c.DISCORD_BOT_TOKEN || c.DISCORD_GATEWAY === 'off') return false;
  return c.DISCORD_GATEWAY === 'on' || !c.DISCORD_PUBLIC_KEY;
}
