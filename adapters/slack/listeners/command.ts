/**
 * `/sg17 …`: answered inside ack(), so the answer travels in the same HTTP response (Slack's
 * three-second window), ephemeral unless the asker added `public` and the command allows it.
 */
import type { App } from '@slack/bolt';
import { ask, MAX_INPUT_CHARS, parseInvocation } from '../../../src/engine/engine.js';
import { findCommand } from '../../../src/engine/registry.js';
import { splitWords } from '../../../src/engine/words.js';
import { renderSlackBlocks } from '../render-blocks.js';
import { slackContext, type ListenerDeps } from '../context.js';

export const SLASH_COMMAND = '/sg17';

/** Whether `public` may post this text in the channel: commands say so; free-text questions may. */
function mayBePublic(text: string): boolean {
  const first = splitWords(text)[0];
  const command = first ? findCommand(first) : undefined;
  return command ? command.canBePublic : true;
}

export function registerCommandListener(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, client }) => {
    const raw = typeof command.text === 'string' ? command.text : '';
    try {
      // Oversize input is refused before any parsing work.
      const invocation = raw.length > MAX_INPUT_CHARS ? { text: raw, public: false } : parseInvocation(raw);
      const ctx = await slackContext(deps, client, invocation.text, command.channel_id, command.user_id);
      const answer = await ask(invocation.text, ctx);
      const inChannel = invocation.public && answer.ok && mayBePublic(invocation.text);
      await ack({ response_type: inChannel ? 'in_channel' : 'ephemeral', ...renderSlackBlocks(answer) });
    } catch (error) {
      deps.app.logger.error({ err: error }, 'slash command failed');
      await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. Please try again.' });
    }
  });
}
