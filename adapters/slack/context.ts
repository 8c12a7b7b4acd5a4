/** What every Slack listener needs, and how a Slack request becomes an engine CommandContext. */
import type { webApi } from '@slack/bolt';
import type { AppDeps } from '../platform.js';
import type { Command, CommandContext } from '../../src/engine/command.js';
import { ChannelAddress } from '../../src/channel.js';
import { canManageSlackChannel, leadingCommand, needsManagePermission } from './permissions.js';

export interface ListenerDeps {
  readonly app: AppDeps;
}

/** "slack:C123", or undefined when Slack sent something that is not a channel id. */
export function slackChannel(channelId: unknown): ChannelAddress | undefined {
  const parsed = ChannelAddress.safeParse(`slack:${String(channelId ?? '')}`);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The engine context for `text` asked by `userId` in `channelId`; admin rights only looked up when
 * needed. `command` is the text's leading command when the caller has looked it up already.
 */
export async function slackContext(
  deps: ListenerDeps,
  client: webApi.WebClient,
  text: string,
  channelId: unknown,
  userId: unknown,
  command: Command | undefined = leadingCommand(text),
): Promise<CommandContext> {
  const { catalog, clock, config, subscriptions, logger } = deps.app;
  const id = typeof userId === 'string' ? userId : '';
  const canManageChannel = id !== '' && needsManagePermission(text, command) ? await canManageSlackChannel(client, id, config.SG17_ADMINS, logger) : false;
  return {
    catalog: catalog(),
    now: clock.now(),
    channel: slackChannel(channelId),
    actor: { id: `slack:${id}`, canManageChannel },
    subscriptions,
    publicUrl: config.SG17_PUBLIC_URL,
  };
}
