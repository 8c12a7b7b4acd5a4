/**
 * `/sg17 …`: answered inside ack(), so the answer travels in the same HTTP response (Slack's
 * three-second window); dispatch (src/dispatch) decides whether it is posted in the channel.
 * Any other slash command routed to this app (a workspace may point one at the same URL) is
 * acknowledged at once with an empty 200 here, rather than by a global middleware that would run
 * for every payload, or by Bolt's 3-second timeout. (Interactivity is off in the manifest, so no
 * button or shortcut payloads come; one that did would get Bolt's default: a logged error and 404.)
 */
import type { App } from '@slack/bolt';
import { renderSlackBlocks } from '../render-blocks.js';
import { conversationKey } from '../../../src/dispatch/conversations.js';
import { slackActor, slackChannel, type ListenerDeps } from '../context.js';

export const SLASH_COMMAND = '/sg17';
const ANY_SLASH_COMMAND = /^\//;

export function registerCommandListener(app: App, deps: ListenerDeps): void {
  app.command(ANY_SLASH_COMMAND, async ({ command, ack, client }) => {
    if (command.command !== SLASH_COMMAND) {
      await ack();
      return;
    }
    try {
      const outcome = await deps.app.dispatch.dispatch({
        query: { text: typeof command.text === 'string' ? command.text : '' },
        channel: slackChannel(command.channel_id),
        actor: slackActor(deps, client, command.user_id),
        // A slash command carries no thread: the conversation is this person in this channel.
        conversation: [conversationKey.person(`slack:${command.channel_id}`, String(command.user_id))],
      });
      await ack({ response_type: outcome.public ? 'in_channel' : 'ephemeral', ...renderSlackBlocks(outcome.answer) });
    } catch (error) {
      // Dispatch never throws; this guards against a rendering bug, so Slack still gets its ack.
      deps.app.logger.error({ err: error }, 'slash command failed');
      await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. Please try again.' });
    }
  });
}
