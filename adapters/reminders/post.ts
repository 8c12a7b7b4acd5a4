/**
 * A queued job's turn: renew its claim, post it (./steps.ts postJob), and settle the outcome —
 * sent (with the platform's message id), a retry after a backoff (Retry-After honoured), or the
 * channel gone (its subscription disabled, a person's follow marked gone). A post the database
 * could not record waits in `UnsettledPosts` for the next tick.
 */
import { isPerson, type ChannelAddress } from '../../src/channel.js';
import type { PostOutcome } from '../../src/ports.js';
import type { SchedulerContext } from './context.js';
import type { ChannelQueue, QueueWork } from './queues.js';
import { backoff, postJob, settleSent, type Job } from './steps.js';
import { noLongerOwed } from './still-owed.js';

/** Posts that went out but whose "sent" the database did not take (it was down): recorded on the next tick. */
export class UnsettledPosts {
  private readonly posts = new Map<string, { messageId: string | null; at: Date }>();

  add(key: string, messageId: string | null, at: Date): void {
    this.posts.set(key, { messageId, at });
  }

  /** Record them; true when none is left. A database still down throws (the rest wait). */
  async settle(ctx: Pick<SchedulerContext, 'ledger' | 'logger' | 'instanceId'>): Promise<boolean> {
    for (const [key, { messageId, at }] of this.posts) {
      if ((await settleSent(ctx.ledger, key, ctx.instanceId, messageId, at)) === 'not ours')
        ctx.logger.warn({ key }, 'reminder posted but the claim was no longer ours');
      this.posts.delete(key);
    }
    return this.posts.size === 0;
  }
}

/** What the queues do with a job: post it, record a cancellation, and look again before posting. */
export function queueWork(ctx: SchedulerContext): QueueWork {
  return {
    attempt: (q, job) => attemptPost(ctx, q, job),
    async cancelled(job) {
      await ctx.ledger.markFailed(job.key, ctx.instanceId, 'dropped', `not posted: ${job.cancelled}`, ctx.clock.now()).catch(() => false);
      ctx.logger.info({ key: job.key, reason: job.cancelled }, 'queued reminder cancelled');
    },
    // A channel that unsubscribed (or a person who unfollowed) since this was queued — a retry
    // waiting — gets nothing more for what it stopped.
    recheck: (channel, job) => noLongerOwed(ctx, channel, job),
  };
}

/** One attempt at the head of `q`: still ours → post → settle. */
export async function attemptPost(ctx: SchedulerContext, q: ChannelQueue, job: Job): Promise<void> {
  const { clock, logger, ledger, instanceId, options } = ctx;
  const nowMs = clock.now().getTime();
  let ours: boolean;
  try {
    ours = await ledger.renew(job.key, instanceId, nowMs + options.claimTtlMs);
  } catch (error) {
    // The database is unreachable: the lease still holds for a while; try again after a backoff.
    job.notBefore = nowMs + backoff(++job.attempts, options.maxBackoffMs);
    logger.warn({ key: job.key, err: error }, 'reminder held back: the database is unreachable');
    return;
  }
  if (!ours) {
    // Our lease ran out and another instance took the claim over (or it was settled): it posts, not us.
    ctx.queues.finishHead(q);
    logger.warn({ key: job.key }, 'reminder not posted here: its claim passed to another instance');
    return;
  }
  job.attempts++;
  const outcome = await postJob(ctx.posterFor(job.channel)!, job);
  const after = clock.now();
  q.nextPostAt = after.getTime() + options.perChannelIntervalMs;
  if (outcome.status === 'sent') await onSent(ctx, q, job, outcome.messageId ?? null, after);
  else if (outcome.status === 'retry') await onRetry(ctx, job, outcome, after);
  else await onGone(ctx, q, job, outcome.reason, after);
}

/** Settle: sent, with the platform's message id; a database that missed it records it later. */
async function onSent(ctx: SchedulerContext, q: ChannelQueue, job: Job, messageId: string | null, after: Date): Promise<void> {
  const { logger } = ctx;
  ctx.queues.finishHead(q);
  try {
    if ((await settleSent(ctx.ledger, job.key, ctx.instanceId, messageId, after)) === 'not ours')
      logger.warn({ key: job.key }, 'reminder posted but the claim was no longer ours');
  } catch (error) {
    ctx.unsettled.add(job.key, messageId, after);
    logger.warn({ key: job.key, err: error }, 'reminder posted; recording it waits for the database');
  }
  logger.info(
    { key: job.key, channel: job.channel, late: job.late, attempts: job.attempts },
    job.itemId.startsWith('changes:') ? 'change notice posted' : job.late ? 'late reminder posted' : 'reminder posted',
  );
}

/** Retry later (Retry-After, else a backoff), the lease extended past the wait. */
async function onRetry(ctx: SchedulerContext, job: Job, outcome: Extract<PostOutcome, { status: 'retry' }>, after: Date): Promise<void> {
  const { options } = ctx;
  const wait = outcome.retryAfterMs ?? backoff(job.attempts, options.maxBackoffMs);
  job.notBefore = after.getTime() + wait;
  await ctx.ledger.renew(job.key, ctx.instanceId, job.notBefore + options.claimTtlMs).catch(() => false);
  ctx.logger.warn({ key: job.key, channel: job.channel, reason: outcome.reason, retryInMs: wait, attempts: job.attempts }, 'reminder post failed; will retry');
}

/** The channel (or person) cannot be reached: its queue ends, its subscription (or follow) is marked. */
async function onGone(ctx: SchedulerContext, q: ChannelQueue, job: Job, reason: string, after: Date): Promise<void> {
  const channel: ChannelAddress = job.channel;
  const jobs = ctx.queues.empty(q);
  // A person who blocked the bot or left: their follow is marked gone and not retried.
  if (isPerson(channel)) await ctx.follows?.markGone(channel, `direct message refused: ${reason}`);
  else await ctx.subscriptions.disable(channel, `channel unreachable: ${reason}`);
  for (const j of jobs) await ctx.ledger.markFailed(j.key, ctx.instanceId, 'gone', reason, after);
  ctx.logger.error(
    { channel, reason },
    isPerson(channel)
      ? 'person unreachable by direct message: their follow is marked gone (they can /sg17 follow again)'
      : 'channel gone: its subscription is disabled (re-enable with /sg17 subscribe)',
  );
}
