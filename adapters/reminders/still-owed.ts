/**
 * The last look before a queued job is posted: does its recipient still want it? A job can wait
 * in its queue for minutes (a retry after a 429 or an outage) while the channel unsubscribes or
 * the person unfollows — possibly through another instance on the same database, so the store
 * is asked, not this instance's memory.
 */
import { isPerson, type ChannelAddress } from '../../src/channel.js';
import { followAsSubscription, type Subscription } from '../../src/store/port.js';
import type { SchedulerContext } from './context.js';
import type { Job } from './steps.js';

/** The recipient's subscription (a person's follow seen as one), null when there is none; undefined when people cannot be checked here. */
async function recipientNow(ctx: Pick<SchedulerContext, 'subscriptions' | 'follows'>, channel: ChannelAddress): Promise<Subscription | null | undefined> {
  if (!isPerson(channel)) return (await ctx.subscriptions.listForChannel(channel))[0] ?? null;
  if (!ctx.follows) return undefined;
  const follow = await ctx.follows.get(channel);
  return follow ? followAsSubscription(follow) : null;
}

/** Why `job` must not be posted to `channel` after all (unsubscribed, unfollowed, stopped), or null. */
export async function noLongerOwed(ctx: Pick<SchedulerContext, 'subscriptions' | 'follows'>, channel: ChannelAddress, job: Job): Promise<string | null> {
  const recipient = await recipientNow(ctx, channel);
  if (recipient === undefined) return null;
  const person = isPerson(channel);
  if (recipient === null) return person ? 'the person unfollowed' : 'the channel unsubscribed';
  if (!recipient.enabled) return person ? 'direct messages to the person stopped' : "the channel's subscription is disabled";
  const { question } = job;
  if (question === null || recipient.questions === 'all' || recipient.questions.includes(question)) return null;
  return person ? `the person unfollowed ${question}` : `the channel unsubscribed from ${question}`;
}
