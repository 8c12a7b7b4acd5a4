/**
 * Who may manage a channel's subscriptions from Slack: workspace admins and owners (users.info),
 * plus the user ids listed in SG17_ADMINS. Only asked for when a command needs it, because it
 * costs a Web API call inside Slack's three-second window.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';

export async function canManageSlackChannel(client: webApi.WebClient, userId: string, admins: readonly string[], logger: Logger): Promise<boolean> {
  if (admins.includes(userId)) return true;
  try {
    const info = await client.users.info({ user: userId });
    const user = info.user;
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    // Not knowing means not allowed; the asker gets the engine's "not allowed" answer.
    logger.warn({ err: error, userId }, 'users.info failed; treating the user as not a channel manager');
    return false;
  }
}
