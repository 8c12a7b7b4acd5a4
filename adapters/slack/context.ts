/** What every Slack listener needs, and how a Slack user and channel become a dispatch request's parts. */
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../platform.js';
import type { Actor } from '../../src/dispatch/dispatch.js';
import { CHANNEL_PATTERN, type ChannelAddress } from '../../src/channel.js';
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
  return {
    id: `slack:${id}`,
    canManageChannel: id === '' ? false : () => canManageSlackChannel(client, id, config.SG17_ADMINS, logger),
  };
}
