/**
 * Posts reminders into Slack channels with chat.postMessage — and to a person ("slack:user:U1") in
 * the bot's direct-message conversation with them (conversations.open, im:write) — and tells the scheduler what happened:
 * sent, retry later (rate limit with Retry-After, 5xx, network) or gone (the bot lost the channel).
 * Its WebClient never retries or waits by itself — the scheduler owns retries and their timing.
 */
import { webApi } from '@slack/bolt';
import type { Answer } from '../../src/engine/answer.js';
import type { ChannelAddress } from '../../src/channel.js';
import { personUserId, splitChannel } from '../../src/channel.js';
import type { Logger, PostOptions, PostOutcome, Poster } from '../../src/ports.js';
import { renderSlackBlocks } from './render-blocks.js';

/**
 * Platform errors that mean this channel (or person) will not accept our posts again. For a
 * person (conversations.open, then chat.postMessage into the DM): the user left or was
 * deactivated, is hidden from the bot, or has turned off messages from apps.
 */
const GONE_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'missing_scope',
  'channel_is_archived',
  'user_not_found',
  'user_disabled',
  'user_not_visible',
  'cannot_dm_bot',
  'messages_tab_disabled',
]);

export function outcomeOfError(error: unknown): PostOutcome {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { status: 'retry', retryAfterMs: (e.retryAfter ?? 1) * 1000, reason: 'ratelimited' };
    case webApi.ErrorCode.HTTPError:
      return { status: 'retry', reason: `http ${e.statusCode ?? 'error'}` };
    case webApi.ErrorCode.RequestError:
      return { status: 'retry', reason: 'network error' };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (GONE_ERRORS.has(code)) return { status: 'gone', reason: code };
      return { status: 'retry', reason: code };
    }
    default:
      return { status: 'retry', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** `onError`: every failed call, so a refused token (invalid_auth, token_revoked) can end the service. */
export function createSlackPoster(client: webApi.WebClient, logger: Logger, onError?: (error: unknown) => void): Poster {
  // A person's DM channel id, once opened (conversations.open returns the same one each time).
  const dmChannels = new Map<string, string>();
  const conversationFor = async (channel: ChannelAddress, id: string): Promise<string> => {
    const user = personUserId(channel);
    if (user === null) return id;
    const known = dmChannels.get(user);
    if (known) return known;
    const opened = await client.conversations.open({ users: user });
    const dm = opened.channel?.id;
    if (!dm) throw new Error('conversations.open returned no channel');
    dmChannels.set(user, dm);
    return dm;
  };
  return {
    async post(channel: ChannelAddress, answer: Answer, options: PostOptions): Promise<PostOutcome> {
      const { platform, id } = splitChannel(channel);
      if (platform !== 'slack') return { status: 'gone', reason: `not a Slack channel: ${channel}` };
      const { blocks, text } = renderSlackBlocks(answer);
      try {
        const target = await conversationFor(channel, id);
        // Slack has no idempotency key for chat.postMessage; the key goes into metadata so a
        // duplicate can at least be recognised in the channel history.
        const result = await client.chat.postMessage({
          channel: target,
          blocks,
          text,
          unfurl_links: false,
          metadata: { event_type: 'sg17_reminder', event_payload: { key: options.idempotencyKey } },
        });
        return { status: 'sent', ...(result.ts ? { messageId: result.ts } : {}) };
      } catch (error) {
        onError?.(error);
        const outcome = outcomeOfError(error);
        logger.warn({ channel, outcome }, 'chat.postMessage failed');
        return outcome;
      }
    },
  };
}
