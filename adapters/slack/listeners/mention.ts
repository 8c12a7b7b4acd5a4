/**
 * `@SG17 which items are going to AAP last call?`: answered in a thread with chat.postMessage.
 * Bolt acknowledges events before this runs; Slack may still redeliver one (X-Slack-Retry-Num),
 * so each event_id is answered once (a seen-set that forgets after SEEN_TTL_MS on the app clock).
 */
import type { App } from '@slack/bolt';
import type { Clock } from '../../../src/clock.js';
import { ask, MAX_INPUT_CHARS, parseInvocation } from '../../../src/engine/engine.js';
import { renderSlackBlocks } from '../render-blocks.js';
import { slackContext, type ListenerDeps } from '../context.js';

/** Slack retries for up to about five minutes; remember events twice as long. */
export const SEEN_TTL_MS = 10 * 60 * 1000;

export class SeenEvents {
  private readonly seen = new Map<string, number>();
  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = SEEN_TTL_MS,
  ) {}

  /** True the first time an id is offered within the TTL. */
  firstTime(id: string): boolean {
    const now = this.clock.now().getTime();
    for (const [key, expires] of this.seen) {
      if (expires > now) break; // insertion order = expiry order
      this.seen.delete(key);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, now + this.ttlMs);
    return true;
  }
}

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

export function registerMentionListener(app: App, deps: ListenerDeps): void {
  const seen = new SeenEvents(deps.app.clock);
  app.event('app_mention', async ({ event, body, client, context }) => {
    // The app runs without Bolt's global ignoreSelf middleware (it would cost every request):
    // a message of this bot's own that mentions it must not start a conversation with itself.
    if (isFromSelf(event, context)) return;
    const eventId = typeof body.event_id === 'string' ? body.event_id : `${event.channel}/${event.ts}`;
    if (!seen.firstTime(eventId)) {
      deps.app.logger.debug({ eventId, retryNum: context.retryNum }, 'duplicate app_mention ignored');
      return;
    }
    const raw = stripMentions(typeof event.text === 'string' ? event.text : '');
    const text = raw.length > MAX_INPUT_CHARS ? raw : parseInvocation(raw).text;
    const ctx = await slackContext(deps, client, text, event.channel, event.user);
    const answer = await ask(text, ctx);
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      unfurl_links: false,
      ...renderSlackBlocks(answer),
    });
  });
}
