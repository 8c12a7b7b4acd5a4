/**
 * `@SG17 which items are going to AAP last call?`: answered in a thread with chat.postMessage.
 * Bolt acknowledges events before this runs; Slack may still redeliver one (X-Slack-Retry-Num):
 * the event_id goes to dispatch as the delivery id, and dispatch answers each one once.
 */
import type { App } from '@slack/bolt';
import { renderSlackBlocks } from '../render-blocks.js';
import { conversationKey } from '../../../src/dispatch/conversations.js';
import { slackActor, slackChannel, type ListenerDeps } from '../context.js';

/** "<@U123ABC> rec X.1716" → "rec X.1716" (every user mention token removed). */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the event was posted by this app's bot user (or bot id). */
export function isFromSelf(event: { user?: string; bot_id?: string }, context: { botUserId?: string; botId?: string }): boolean {
  return (context.botUserId !== undefined && event.user === context.botUserId) || (context.botId !== undefined && event.bot_id === context.botId);
}

/**
 * A mention in a thread continues that thread's conversation (whoever asks in it). One outside a
 * thread continues the asker's in the channel, and opens the thread its answer goes to, so a
 * follow-up there continues it too.
 */
export function mentionConversation(event: { channel: string; user?: string; ts: string; thread_ts?: string }): string[] {
  const channel = `slack:${event.channel}`;
  if (event.thread_ts) return [conversationKey.thread(channel, event.thread_ts)];
  return [conversationKey.person(channel, event.user ?? ''), conversationKey.thread(channel, event.ts)];
}

export function registerMentionListener(app: App, deps: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    const outcome = await deps.app.dispatch.dispatch({
      query: { text: stripMentions(typeof event.text === 'string' ? event.text : '') },
      channel: slackChannel(event.channel),
      actor: slackActor(deps, client, event.user),
      deliveryId: typeof body.event_id === 'string' ? body.event_id : `${event.channel}/${event.ts}`,
      // The app runs without Bolt's global ignoreSelf middleware (it would cost every request).
      fromSelf: isFromSelf(event, context),
      conversation: mentionConversation(event),
    });
    if (outcome.status === 'skipped') return;
    if (outcome.personal && typeof event.user === 'string') {
      // About the asker alone (their follows): shown only to them, never in the thread.
      await client.chat.postEphemeral({ channel: event.channel, user: event.user, ...renderSlackBlocks(outcome.answer) });
      return;
    }
    // A mention is answered in its thread, where everyone in the channel sees it.
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      unfurl_links: false,
      ...renderSlackBlocks(outcome.answer),
    });
  });
}
