/**
 * `/sg17 …`: answered inside ack(), so the answer travels in the same HTTP response (Slack's
 * three-second window), ephemeral unless the asker added `public` and the command allows it.
 * Any other slash command routed to this app (a workspace may point one at the same URL) is
 * acknowledged at once with an empty 200 here, rather than by a global middleware that would run
 * for every payload, or by Bolt's 3-second timeout. (Interactivity is off in the manifest, so no
 * button or shortcut payloads come; one that did would get Bolt's default: a logged error and 404.)
 */
import type { App } from '@slack/bolt';
import { ask, MAX_INPUT_CHARS, parseInvocation } from '../../../src/engine/engine.js';
import type { Command } from '../../../src/engine/command.js';
import { renderSlackBlocks } from '../render-blocks.js';
import { slackContext, type ListenerDeps } from '../context.js';
import { leadingCommand } from '../permissions.js';

export const SLASH_COMMAND = '/sg17';
const ANY_SLASH_COMMAND = /^\//;

/** Whether `public` may post this text in the channel: commands say so; free-text questions may. */
function mayBePublic(command: Command | undefined): boolean {
  return command ? command.canBePublic : true;
}

export function registerCommandListener(app: App, deps: ListenerDeps): void {
  app.command(ANY_SLASH_COMMAND, async ({ command, ack, client }) => {
    if (command.command !== SLASH_COMMAND) {
      await ack();
      return;
    }
    const raw = typeof command.text === 'string' ? command.text : '';
    try {
      // Oversize input is refused before any parsing work.
      const invocation = raw.length > MAX_INPUT_CHARS ? { text: raw, public: false } : parseInvocation(raw);
      // The leading command word is looked up once: for the permission check and for `public`.
      const named = leadingCommand(invocation.text);
      const ctx = await slackContext(deps, client, invocation.text, command.channel_id, command.user_id, named);
      const answer = await ask(invocation.text, ctx);
      const inChannel = invocation.public && answer.ok && mayBePublic(named);
      await ack({ response_type: inChannel ? 'in_channel' : 'ephemeral', ...renderSlackBlocks(answer) });
    } catch (error) {
      deps.app.logger.error({ err: error }, 'slash command failed');
      await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. Please try again.' });
    }
  });
}
