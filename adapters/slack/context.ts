/** What every Slack listener needs, and how a Slack user and channel become a dispatch request's parts. */
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../platform.js';
import type { Actor } from '../../src/dispatch/dispatch.js';
import { CHANNEL_PATTERN, PERSON_PATTERN, type ChannelAddress } from '../../src/channel.js';
import { canManageSlackChannel } from './permissions.js';

export interface ListenerDeps {
  readonly app: AppDeps;
}

/** "slack:C123", or undefined when Slack sent something that is not a channel id. */
export function slackChannel(channelId: unknown): ChannelAddress | undefined {
  // Slack's ids (C…, D…, G…) are checked with the address's own pattern; not through zod's
  // safeParse, which costs a result object per request on the command path.
  const address = `slack:${String(channelId ?? '')}`;
  return CHANNEL_PATTERN.test(address) ? address : undefined;
}

/** The asker; whether they may manage the channel is asked of Slack only if dispatch needs to know. */
export function slackActor(deps: ListenerDeps, client: webApi.WebClient, userId: unknown): Actor {
  const { config, logger } = deps.app;
  const id = typeof userId === 'string' ? userId : '';
  const person = `slack:user:${id}`;
  return {
    id: `slack:${id}`,
    canManageChannel: id === '' ? false : () => canManageSlackChannel(client, id, config.SG17_ADMINS, logger),
    ...(PERSON_PATTERN.test(person) ? { person, profileTimeZone: () => slackProfileTimeZone(client, id, logger) } : {}),
  };
}

/** The user's time zone as their Slack profile gives it (users.info `tz`, an IANA name), if any. */
async function slackProfileTimeZone(client: webApi.WebClient, userId: string, logger: ListenerDeps['app']['logger']): Promise<string | undefined> {
  try {
    const info = await client.users.info({ user: userId });
    return typeof info.user?.tz === 'string' && info.user.tz !== '' ? info.user.tz : undefined;
  } catch (error) {
    // Not knowing it means the bot's default, which the answer then says.
    logger.warn({ err: error, userId }, 'users.info failed; using the default time zone');
    return undefined;
  }
}
