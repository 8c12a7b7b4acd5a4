/**
 * The reminder Poster for Discord: POST /channels/{id}/messages (for a person "discord:user:<id>",
 * into the DM channel POST /users/@me/channels opens) with a nonce derived from the
 * idempotency key and `enforce_nonce`, so a retried post never makes a second message
 * (Discord returns the first one instead). The outcome is mapped for the scheduler:
 * 429 / 5xx / network → retry, unknown channel or lost access → gone.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes, RateLimitError, Routes, type REST } from 'discord.js';
import type { PostOutcome, Poster } from '../../src/ports.js';
import { personUserId, splitChannel } from '../../src/channel.js';
import { renderDiscordMessage } from './render-embeds.js';

/** Discord nonces are at most 25 characters. */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 25);
}

/** Errors that mean the bot cannot post there any more: the subscription should be disabled. */
const GONE_CODES: ReadonlySet<number> = new Set([
  RESTJSONErrorCodes.UnknownChannel, // 10003
  RESTJSONErrorCodes.UnknownGuild, // 10004
  RESTJSONErrorCodes.MissingAccess, // 50001
  RESTJSONErrorCodes.MissingPermissions, // 50013: no Send Messages / Embed Links there
  RESTJSONErrorCodes.CannotSendMessagesToThisUser, // 50007: a person who blocked the bot or shares no server with it
  RESTJSONErrorCodes.UnknownUser, // 10013: a person whose account is gone
]);

export function outcomeOfError(error: unknown): PostOutcome {
  if (error instanceof RateLimitError) {
    const wait = error.retryAfter > 0 ? error.retryAfter : error.timeToReset;
    return { status: 'retry', retryAfterMs: Math.max(0, Math.ceil(wait)), reason: `rate limited on ${error.route}` };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : -1;
    if (GONE_CODES.has(code) || error.status === 404) return { status: 'gone', reason: `${error.status} ${code}: ${error.message}` };
    return { status: 'retry', reason: `${error.status} ${code}: ${error.message}` };
  }
  if (error instanceof HTTPError) return { status: 'retry', reason: `${error.status} ${error.message}` };
  return { status: 'retry', reason: `network: ${(error as Error)?.message ?? String(error)}` };
}

/**
 * `rest` must come from createPosterRest (no retries of its own); undefined when no bot token is set.
 * `onUnauthorized`: a 401 means DISCORD_BOT_TOKEN was revoked or is wrong — no retry can fix it.
 */
export function createDiscordPoster(rest: REST | undefined, onUnauthorized?: (error: unknown) => void): Poster {
  // A person's DM channel id, once created (Create DM returns the existing one each time).
  const dmChannels = new Map<string, string>();
  const channelFor = async (api: REST, channel: string, id: string): Promise<string> => {
    const user = personUserId(channel);
    if (user === null) return id;
    const known = dmChannels.get(user);
    if (known) return known;
    const dm = (await api.post(Routes.userChannels(), { body: { recipient_id: user } })) as { id?: unknown };
    if (typeof dm?.id !== 'string') throw new Error('Create DM returned no channel id');
    dmChannels.set(user, dm.id);
    return dm.id;
  };
  return {
    async post(channel, answer, { idempotencyKey }): Promise<PostOutcome> {
      const { platform, id } = splitChannel(channel);
      if (platform !== 'discord') return { status: 'gone', reason: `${channel} is not a Discord channel` };
      // Without a token nothing can be posted; keep the subscription and let the operator fix the config.
      if (!rest) return { status: 'retry', reason: 'DISCORD_BOT_TOKEN is not set' };
      const body = { ...renderDiscordMessage(answer), nonce: nonceFor(idempotencyKey), enforce_nonce: true };
      try {
        const target = await channelFor(rest, channel, id);
        const message = (await rest.post(Routes.channelMessages(target), { body })) as { id?: unknown };
        return { status: 'sent', ...(typeof message?.id === 'string' ? { messageId: message.id } : {}) };
      } catch (error) {
        if (error instanceof DiscordAPIError && error.status === 401) onUnauthorized?.(error);
        return outcomeOfError(error);
      }
    },
  };
}
